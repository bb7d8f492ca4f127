import type { InfoSheet } from '../domain'

import { qrSvg } from './qr'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Text from the sheet, escaped; `bdi` isolates a left-to-right value (phone, e-mail) in Arabic. */
const t = escapeHtml
const ltr = (text: string) => `<bdi dir="ltr">${t(text)}</bdi>`

/**
 * A4 (or A3) in the browser and in print: the page box is the sheet, so what fits on screen fits on
 * paper. The A3 poster is the A4 one zoomed by √2, as the server's PDF draws it. System fonts only (the
 * API's content policy loads none); Noto first where it is installed.
 */
const styles = (size: InfoSheet['size']) => `
@page { size: ${size}; margin: 0 }
* { box-sizing: border-box }
html { font: 10.5pt/1.4 "Noto Sans", "Noto Sans Arabic", system-ui, sans-serif; color: #111; background: #e5e5e5 }
body { margin: 0 }
.page { width: 210mm; height: 297mm; margin: 8mm auto; padding: 14mm 15mm; background: #fff; overflow: hidden }
@media print { html { background: none } .page { margin: 0 } }
${size === 'A3' ? '.page { zoom: 1.41421 }' : ''}
h1 { font-size: 24pt; line-height: 1.15; margin: 0 0 2mm; color: #0b3d66 }
h2 { font-size: 12.5pt; margin: 4mm 0 1.5mm; color: #0b3d66 }
p, ul, ol, dl { margin: 0 0 2mm }
ul, ol { padding-inline-start: 5mm }
a { color: inherit }
.intro { font-size: 13pt; font-weight: 600; margin-bottom: 4mm }
.columns { display: grid; grid-template-columns: 1fr 62mm; gap: 8mm }
aside { border-inline-start: 1mm solid #0b3d66; padding-inline-start: 5mm }
figure { margin: 0 0 3mm }
figure svg { display: block; width: 52mm; height: 52mm }
figcaption { font-size: 9.5pt; margin-top: 2mm }
.link { font-weight: 700; overflow-wrap: anywhere }
.estimate { font-weight: 700; font-size: 12pt }
dt { font-weight: 700 }
dd { margin: 0 0 1.5mm }
.poster { display: flex; flex-direction: column; align-items: center; text-align: center; gap: 6mm }
.poster h1 { font-size: 34pt; margin-top: 8mm }
.poster .service { font-size: 20pt; font-weight: 700; margin: 0 }
.poster figure svg { width: 130mm; height: 130mm }
.poster .call { font-size: 17pt; max-width: 160mm }
.poster .link { font-size: 18pt }
`

const list = (items: string[], tag: 'ol' | 'ul') =>
  items.length ? `<${tag}>${items.map((item) => `<li>${t(item)}</li>`).join('')}</${tag}>` : ''

const qrFigure = async (sheet: InfoSheet) => `
<figure>
  ${await qrSvg(sheet.qr.url, sheet.qr.label)}
  <figcaption>${t(sheet.qr.caption)}<br><a class="link" href="${t(sheet.qr.url)}">${ltr(sheet.qr.shownUrl)}</a></figcaption>
</figure>`

const sheetBody = async (sheet: InfoSheet) => `
<header>
  <h1>${t(sheet.title)}</h1>
  <p class="intro">${t(sheet.intro)}</p>
</header>
<div class="columns">
  <div>
    <h2>${t(sheet.about.heading)}</h2>
    <p>${t(sheet.about.summary)}</p>
    ${list(sheet.about.points, 'ul')}
    <h2>${t(sheet.whoFor.heading)}</h2>
    ${sheet.whoFor.text ? `<p>${t(sheet.whoFor.text)}</p>` : ''}
    ${list(sheet.whoFor.rules, 'ul')}
    <p>${t(sheet.whoFor.note)}</p>
    <h2>${t(sheet.apply.heading)}</h2>
    ${list(sheet.apply.steps, 'ol')}
  </div>
  <aside>
    ${await qrFigure(sheet)}
    <h2>${t(sheet.waiting.heading)}</h2>
    <p class="estimate">${t(sheet.waiting.estimate)}</p>
    ${sheet.waiting.detail ? `<p>${t(sheet.waiting.detail)}</p>` : ''}
    <h2>${t(sheet.contact.heading)}</h2>
    <dl>${sheet.contact.items
      .map(
        (item) => `<dt>${t(item.label)}</dt><dd>${item.ltr ? ltr(item.value) : t(item.value)}</dd>`,
      )
      .join('')}</dl>
  </aside>
</div>`

const posterBody = async (sheet: InfoSheet) => `
<h1>${t(sheet.poster.headline)}</h1>
<p class="service">${t(sheet.title)}</p>
${await qrFigure(sheet)}
<p class="call">${t(sheet.poster.call)}</p>`

/** The sheet or poster as a whole HTML page: one A4 (or A3) page when printed, right to left in Arabic. */
export const sheetHtml = async (sheet: InfoSheet): Promise<string> => `<!doctype html>
<html lang="${sheet.lang}" dir="${sheet.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t(sheet.title)}</title>
<style>${styles(sheet.size)}</style>
</head>
<body>
<main class="page ${sheet.variant}">${sheet.variant === 'poster' ? await posterBody(sheet) : await sheetBody(sheet)}</main>
</body>
</html>
`
