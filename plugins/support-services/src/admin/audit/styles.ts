/**
 * The log review's own additions to the intake queue's styles (the page reuses the queue's layout,
 * filter box, table and pagination): text and date fields, the hints and a field's error.
 */
export const accessLogStyles = `
.access-log__field input {
  width: 100%; height: calc(var(--base) * 2); padding: 0 calc(var(--base) * 0.5);
  font-family: var(--font-body); font-size: 1rem; color: var(--theme-elevation-800);
  background: var(--theme-input-bg); border: 1px solid var(--theme-elevation-400); border-radius: var(--style-radius-s);
}
.access-log__field input:hover { border-color: var(--theme-elevation-500); }
.access-log__field input[aria-invalid='true'] { border-color: var(--theme-error-500); }
.access-log__hint { margin: calc(var(--base) * 0.15) 0 0; font-size: 0.9em; color: var(--theme-elevation-650); }
.access-log__error { margin: calc(var(--base) * 0.15) 0 0; font-size: 0.9em; font-weight: 600; color: var(--theme-error-750, var(--theme-error-800)); }
.access-log__export { display: flex; flex-wrap: wrap; gap: calc(var(--base) * 0.5); align-items: center; margin: 0 0 calc(var(--base) * 1); }
.access-log__export p { margin: 0; color: var(--theme-elevation-650); }
.access-log .intake-queue__actions { margin-top: calc(var(--base) * 0.6); }
`
