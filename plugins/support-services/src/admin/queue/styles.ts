/**
 * The queue view's own styles, on Payload's CSS variables (colours, spacing, radii, focus outline) so it
 * follows the admin's light and dark themes. Inline in the view: the plugin ships no stylesheet of its
 * own, and this is small. Payload's breakpoints: 1024px (mid) and 768px (small).
 */
export const queueStyles = `
.intake-queue { padding-bottom: var(--spacing-view-bottom, calc(var(--base) * 2)); }
.intake-queue h2 { margin: 0 0 calc(var(--base) * 0.5); font-size: calc(var(--base) * 0.9); line-height: 1.3; }
.intake-queue h3 { margin: 0 0 calc(var(--base) * 0.5); font-size: calc(var(--base) * 0.75); line-height: 1.3; }
.intake-queue ul { list-style: none; margin: 0; padding: 0; }
.intake-queue a:focus-visible, .intake-queue select:focus-visible, .intake-queue input:focus-visible, .intake-queue__table:focus-visible {
  outline: var(--accessibility-outline); outline-offset: var(--accessibility-outline-offset);
}
.intake-queue__header { margin: calc(var(--base) * 1.5) 0 calc(var(--base) * 1); }
.intake-queue__header p { margin: calc(var(--base) * 0.25) 0 calc(var(--base) * 0.5); color: var(--theme-elevation-650); }
.intake-queue__shortcuts, .intake-queue__actions, .intake-queue__pagination {
  display: flex; flex-wrap: wrap; gap: calc(var(--base) * 0.4); align-items: center;
}

.intake-queue__summary { margin-bottom: calc(var(--base) * 1.5); }
.intake-queue__services { display: grid; gap: calc(var(--base) * 0.75); grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr)); }
.intake-queue__service {
  background: var(--theme-elevation-50); border: 1px solid var(--theme-elevation-100);
  border-radius: var(--style-radius-m); padding: calc(var(--base) * 0.75);
}
.intake-queue__counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr)); gap: calc(var(--base) * 0.3); }
.intake-queue__count a {
  display: flex; flex-direction: column; height: 100%; padding: calc(var(--base) * 0.3) calc(var(--base) * 0.4);
  border-radius: var(--style-radius-s); background: var(--theme-elevation-0); color: var(--theme-elevation-800); text-decoration: none;
}
.intake-queue__count a:hover { background: var(--theme-elevation-100); }
.intake-queue__count-value { font-size: calc(var(--base) * 0.9); font-weight: 600; line-height: 1.2; }
.intake-queue__count-label { font-size: 0.9em; color: var(--theme-elevation-650); }
.intake-queue__count--attention a { background: var(--theme-warning-100); }
.intake-queue__count--attention .intake-queue__count-label { color: var(--theme-warning-800); }

.intake-queue__filters {
  margin-bottom: calc(var(--base) * 1); padding: calc(var(--base) * 0.75);
  border: 1px solid var(--theme-elevation-100); border-radius: var(--style-radius-m);
}
.intake-queue__fields { display: flex; flex-wrap: wrap; gap: calc(var(--base) * 0.6); }
.intake-queue__field { flex: 1 1 12rem; min-width: 0; }
.intake-queue__field select {
  width: 100%; height: calc(var(--base) * 2); padding: 0 calc(var(--base) * 0.5);
  font-family: var(--font-body); font-size: 1rem; color: var(--theme-elevation-800);
  background: var(--theme-input-bg); border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s);
}
.intake-queue__field select:hover { border-color: var(--theme-elevation-250); }
.intake-queue__flags { display: flex; flex-wrap: wrap; gap: calc(var(--base) * 0.3) calc(var(--base) * 0.9); margin: calc(var(--base) * 0.6) 0; padding: 0; border: 0; }
.intake-queue__flags legend { width: 100%; padding: 0; }
.intake-queue__flag { display: inline-flex; align-items: center; gap: calc(var(--base) * 0.25); cursor: pointer; }
.intake-queue__flag input { width: calc(var(--base) * 0.8); height: calc(var(--base) * 0.8); margin: 0; accent-color: var(--theme-elevation-800); }

.intake-queue__table caption { text-align: start; padding-bottom: calc(var(--base) * 0.4); color: var(--theme-elevation-800); font-weight: 600; }
/* Payload's table headers are elevation-400, too faint for text (WCAG 1.4.3): darker here. */
.intake-queue__table thead { color: var(--theme-elevation-650); }
.intake-queue__table th, .intake-queue__table td { min-width: 0; }
.intake-queue__table .intake-queue__nowrap, .intake-queue__table tbody th { white-space: nowrap; }
.intake-queue__table tbody th { font-weight: 600; text-align: start; }
.intake-queue__table td.intake-queue__number { text-align: end; }
.intake-queue__badges { display: flex; flex-direction: column; align-items: flex-start; gap: calc(var(--base) * 0.15); }
.intake-queue__empty { padding: calc(var(--base) * 0.75); background: var(--theme-elevation-50); border-radius: var(--style-radius-m); }
.intake-queue__pagination { margin: calc(var(--base) * 0.5) 0; }
.intake-queue__more { margin-top: calc(var(--base) * 1); }

@media (max-width: 768px) {
  .intake-queue__header { margin-top: calc(var(--base) * 0.75); }
  .intake-queue__counts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  /* Each referral a card: the column headers stay for screen readers, each cell shows its own label. */
  .intake-queue__table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .intake-queue__table table, .intake-queue__table tbody, .intake-queue__table tr, .intake-queue__table tbody th, .intake-queue__table td { display: block; }
  .intake-queue__table tbody tr { margin-bottom: calc(var(--base) * 0.5); padding: calc(var(--base) * 0.4) 0; border: 1px solid var(--theme-elevation-100); border-radius: var(--style-radius-m); }
  .intake-queue__table caption { display: block; }
  .intake-queue__table tbody th, .intake-queue__table td { max-width: none; padding: calc(var(--base) * 0.2) calc(var(--base) * 0.6); }
  .intake-queue__table td { display: grid; grid-template-columns: minmax(7rem, 40%) 1fr; gap: calc(var(--base) * 0.4); }
  .intake-queue__table td::before { content: attr(data-label); color: var(--theme-elevation-650); }
  .intake-queue__table td.intake-queue__number { text-align: start; }
}
`
