import PDFDocument from 'pdfkit'

import type { InfoSheet } from '../domain'

import { fonts, type TextStyle, writeText } from './pdfText'
import { qrModules } from './qr'

/** A4 in PDF points, and the sheet's margins and columns (the aside holds the QR code and contact). */
const page = { width: 595.28, height: 841.89, margin: 42 }
const asideWidth = 170
const gap = 22
const blue = '#0b3d66'

const styles = {
  title: { size: 22, bold: true, color: blue },
  intro: { size: 12, bold: true },
  heading: { size: 12, bold: true, color: blue },
  body: { size: 10 },
  strong: { size: 11, bold: true },
  posterTitle: { size: 30, bold: true, color: blue },
  posterService: { size: 18, bold: true },
  posterCall: { size: 16 },
  posterLink: { size: 16, bold: true },
} satisfies Record<string, TextStyle>

/** Draws the QR code's dark modules, one rectangle per run in a row (no seams), and links it. */
const drawQr = (doc: PDFKit.PDFDocument, url: string, x: number, y: number, side: number) => {
  const { size, dark } = qrModules(url)
  const cell = side / size
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!dark(col, row)) continue
      let end = col
      while (end + 1 < size && dark(end + 1, row)) end++
      doc.rect(x + col * cell, y + row * cell, (end - col + 1) * cell, cell)
      col = end
    }
  }
  doc.fillColor('#000000').fill()
  doc.link(x, y, side, side, url)
}

/** A writer bound to one column: each call writes below the last. */
const column = (
  doc: PDFKit.PDFDocument,
  x: number,
  width: number,
  y: number,
  rtl: boolean,
  center = false,
) => {
  const state = { y }
  const write = (text: string, style: TextStyle, space = 3, ltrValue = false) => {
    if (!text) return
    const box = { x, y: state.y, width, rtl: rtl && !ltrValue, alignRight: rtl, center }
    state.y = writeText(doc, text, box, style) + space
  }
  return { state, write }
}

const drawSheet = (doc: PDFKit.PDFDocument, sheet: InfoSheet) => {
  const rtl = sheet.dir === 'rtl'
  const inner = page.width - 2 * page.margin
  const head = column(doc, page.margin, inner, page.margin, rtl)
  head.write(sheet.title, styles.title, 4)
  head.write(sheet.intro, styles.intro, 14)

  const mainWidth = inner - asideWidth - gap
  const mainX = rtl ? page.margin + asideWidth + gap : page.margin
  const asideX = rtl ? page.margin : page.width - page.margin - asideWidth
  const main = column(doc, mainX, mainWidth, head.state.y, rtl)
  const bullet = (items: string[], numbered = false) =>
    items.forEach((item, i) => main.write(`${numbered ? `${i + 1}.` : '•'} ${item}`, styles.body))

  main.write(sheet.about.heading, styles.heading)
  main.write(sheet.about.summary, styles.body)
  bullet(sheet.about.points)
  main.state.y += 8
  main.write(sheet.whoFor.heading, styles.heading)
  main.write(sheet.whoFor.text, styles.body)
  bullet(sheet.whoFor.rules)
  main.write(sheet.whoFor.note, styles.body)
  main.state.y += 8
  main.write(sheet.apply.heading, styles.heading)
  bullet(sheet.apply.steps, true)

  const aside = column(doc, asideX, asideWidth, head.state.y, rtl)
  const qrSide = 150
  drawQr(doc, sheet.qr.url, rtl ? asideX + asideWidth - qrSide : asideX, aside.state.y, qrSide)
  aside.state.y += qrSide + 8
  aside.write(sheet.qr.caption, styles.body, 1)
  aside.write(sheet.qr.shownUrl, styles.strong, 12, true)
  aside.write(sheet.waiting.heading, styles.heading)
  aside.write(sheet.waiting.estimate, styles.strong)
  aside.write(sheet.waiting.detail, styles.body, 12)
  aside.write(sheet.contact.heading, styles.heading)
  for (const item of sheet.contact.items) {
    aside.write(item.label, { ...styles.body, bold: true }, 0)
    aside.write(item.value, styles.body, 5, item.ltr)
  }
}

const drawPoster = (doc: PDFKit.PDFDocument, sheet: InfoSheet) => {
  const rtl = sheet.dir === 'rtl'
  const inner = page.width - 2 * page.margin
  const text = column(doc, page.margin, inner, page.margin + 20, rtl, true)
  text.write(sheet.poster.headline, styles.posterTitle, 10)
  text.write(sheet.title, styles.posterService, 24)
  const qrSide = 360
  drawQr(doc, sheet.qr.url, (page.width - qrSide) / 2, text.state.y, qrSide)
  text.state.y += qrSide + 24
  text.write(sheet.poster.call, styles.posterCall, 12)
  text.write(sheet.qr.shownUrl, styles.posterLink, 0, true)
}

/** A3 is A4 with every length √2 times as long: the A3 poster is the A4 one drawn to that scale. */
const scaleFromA4 = { A4: 1, A3: Math.SQRT2 } as const

/** The sheet or poster as a one-page PDF (A4, or A3 for a poster), with the fonts it uses embedded (subset). */
export const sheetPdf = async (sheet: InfoSheet): Promise<Buffer> => {
  const files = await fonts()
  // No margins for pdfkit: the layout keeps its own, so text never flows onto a second page by itself.
  const doc = new PDFDocument({
    size: sheet.size,
    margin: 0,
    lang: sheet.lang,
    displayTitle: true,
    info: { Title: sheet.title, Creator: 'Stödportalen' },
  })
  for (const [name, file] of Object.entries(files)) doc.registerFont(name, file)
  doc.scale(scaleFromA4[sheet.size])
  if (sheet.variant === 'poster') drawPoster(doc, sheet)
  else drawSheet(doc, sheet)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  doc.end()
  await done
  return Buffer.concat(chunks)
}
