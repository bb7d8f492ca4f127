/**
 * The report page's stylesheet: Payload's theme variables on screen (light and dark), and a print
 * stylesheet that leaves only the report on A4 (no navigation, form or download links).
 */
export const reportStyles = `
.report { --report-series-0: #0068a8; --report-series-1: #c2410c; --report-series-2: #047857; --report-series-3: #8e4585; --report-series-4: #525252;
  padding-bottom: calc(var(--base) * 3); max-width: 1100px; }
html[data-theme='dark'] .report { --report-series-0: #60b5ee; --report-series-1: #f59e63; --report-series-2: #3cc7a0; --report-series-3: #d79bc8; --report-series-4: #b5b5b5; }
.report h1 { margin: calc(var(--base) * 1.5) 0 calc(var(--base) * 0.5); }
.report h2 { margin: calc(var(--base) * 2.5) 0 var(--base); padding-top: var(--base); border-top: 1px solid var(--theme-elevation-150); }
.report h3 { margin: 0 0 calc(var(--base) * 0.5); font-size: 1.1rem; }
.report__lead { color: var(--theme-elevation-800); max-width: 70ch; margin-top: 0; }
.report-form { display: grid; gap: var(--base); padding: var(--base); margin: var(--base) 0; border: 1px solid var(--theme-elevation-150);
  border-radius: var(--style-radius-m); background: var(--theme-elevation-50); }
.report-form__row { display: flex; flex-wrap: wrap; gap: var(--base); align-items: flex-end; }
.report-form label, .report-form legend { display: block; font-weight: 600; margin-bottom: 4px; }
.report-form input[type='date'] { font: inherit; color: var(--theme-text); background: var(--theme-input-bg); border: 1px solid var(--theme-elevation-400);
  border-radius: var(--style-radius-s); padding: 8px 10px; min-height: 40px; }
.report-form fieldset { border: 0; padding: 0; margin: 0; }
.report-form__services { display: flex; flex-wrap: wrap; gap: 4px calc(var(--base) * 1.2); }
.report-form__services label { font-weight: 400; display: flex; gap: 8px; align-items: center; margin: 0; min-height: 32px; }
.report-form__services input { width: 20px; height: 20px; accent-color: var(--theme-elevation-900); }
.report-form__hint { margin: 0; color: var(--theme-elevation-700); font-size: 0.9em; }
.report-form__quick { display: flex; flex-wrap: wrap; gap: 4px calc(var(--base) * 0.8); margin: 0; padding: 0; list-style: none; }
.report a:focus-visible, .report input:focus-visible, .report button:focus-visible { outline: 3px solid var(--theme-elevation-1000); outline-offset: 2px; }
.report-error { padding: var(--base); border-left: 4px solid var(--theme-error-500); background: var(--theme-error-50); color: var(--theme-error-800); margin: var(--base) 0; }
.report-summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: var(--base); margin: var(--base) 0; padding: 0; list-style: none; }
.report-summary li { border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-m); padding: var(--base); background: var(--theme-elevation-0); }
.report-summary__value { display: block; font-size: 1.9rem; font-weight: 600; line-height: 1.2; }
.report-summary__label { color: var(--theme-elevation-800); }
.report-actions { display: flex; flex-wrap: wrap; gap: var(--base); align-items: center; margin: var(--base) 0; }
.report-block { margin: 0 0 calc(var(--base) * 2); break-inside: avoid; }
.report-block figure { margin: 0 0 var(--base); }
.report-chart__svg { width: 100%; max-width: 760px; height: auto; display: block; }
.report-chart__axis text { font-size: 12px; fill: var(--theme-elevation-800); }
.report-chart__value { font-size: 12px; fill: var(--theme-text); font-weight: 600; }
.report-chart__grid { stroke: var(--theme-elevation-150); }
.report-chart__baseline { stroke: var(--theme-elevation-600); }
.report-chart__legend { display: flex; flex-wrap: wrap; gap: 4px var(--base); list-style: none; margin: 0 0 8px; padding: 0; }
.report-chart__swatch { display: inline-block; width: 14px; height: 14px; margin-right: 6px; vertical-align: -2px; border-radius: 2px; }
.report-table-wrap { overflow-x: auto; max-width: 100%; }
.report-table { border-collapse: collapse; min-width: 50%; font-variant-numeric: tabular-nums; }
.report-table caption { text-align: left; font-weight: 600; font-size: 1.05rem; padding-bottom: 6px; }
.report-table th, .report-table td { padding: 6px 12px; border-bottom: 1px solid var(--theme-elevation-150); text-align: right; vertical-align: bottom; }
.report-table th[scope='row'], .report-table thead th:first-child { text-align: left; font-weight: 400; }
.report-table thead th { font-weight: 600; border-bottom: 2px solid var(--theme-elevation-400); }
.report-table tr.report-table__total th, .report-table tr.report-table__total td { font-weight: 600; border-top: 2px solid var(--theme-elevation-400); }
.report-table__note { margin: 6px 0 0; color: var(--theme-elevation-700); font-size: 0.9em; max-width: 80ch; }
.report-table__csv { display: inline-block; margin-top: 6px; }
.report-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.report-legend { color: var(--theme-elevation-800); font-size: 0.9em; }

@media print {
  @page { size: A4; margin: 14mm 12mm; }
  html, body { background: #fff !important; color: #000 !important; font-size: 10pt; }
  .report { --report-series-0: #0068a8; --report-series-1: #c2410c; --report-series-2: #047857; --report-series-3: #8e4585; --report-series-4: #525252;
    --theme-elevation-150: #ccc; --theme-elevation-400: #888; --theme-elevation-600: #555; --theme-elevation-700: #333; --theme-elevation-800: #222; --theme-text: #000;
    max-width: none; padding: 0; }
  .nav, .template-default__nav-toggler-wrapper, .app-header, .report-form, .report-actions, .report-table__csv, .step-nav { display: none !important; }
  .template-default, .template-default__wrap { display: block !important; padding: 0 !important; margin: 0 !important; min-width: 0 !important; }
  .gutter--left, .gutter--right { padding: 0 !important; }
  .report h1 { font-size: 18pt; margin-top: 0; }
  .report h2 { font-size: 13pt; break-after: avoid; border-top-color: #999; }
  .report-block, .report-table, figure, .report-summary li { break-inside: avoid; }
  .report-table th, .report-table td { padding: 2px 8px; }
  .report-chart__svg { max-width: 150mm; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .report-chart__swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .report-summary { grid-template-columns: repeat(4, 1fr); }
  .report-summary li { padding: 6px; }
  .report-summary__value { font-size: 16pt; }
  a { color: #000; text-decoration: none; }
}
`
