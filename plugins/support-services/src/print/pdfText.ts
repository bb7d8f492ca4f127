import { readFile } from 'node:fs/promises'

import { woffToSfnt } from './woff'

/**
 * Text for the sheet's PDF. pdfkit shapes Arabic through fontkit (joining forms, right-to-left glyph
 * order within a run) but has neither the Unicode bidi algorithm nor font fallback, and the Arabic
 * font has no Latin digits or full stop. So right-to-left text is laid out here word by word: words go
 * from right to left, and inside a word each run of Arabic or of other characters (digits, ".", Latin
 * names) is drawn in its own font, the runs again from right to left. Left-to-right text is pdfkit's own.
 */

/** The fonts (Noto Sans and Noto Sans Arabic, SIL Open Font License) from their npm packages. */
const fontFiles = {
  regular: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  bold: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
  arabic: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
  arabicBold: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff',
} as const
export type FontName = keyof typeof fontFiles

let loaded: Promise<Record<FontName, Buffer>> | undefined

/** The font files, read once per process, as plain OpenType (see woff.ts). */
export const fonts = () =>
  (loaded ??= (async () => {
    // From Node itself: a bundler (Next's) would rewrite `createRequire` and refuse a computed path.
    const resolve = process.getBuiltinModule('node:module').createRequire(import.meta.url).resolve
    const entries = await Promise.all(
      Object.entries(fontFiles).map(async ([name, file]) => [
        name,
        woffToSfnt(await readFile(resolve(file))),
      ]),
    )
    return Object.fromEntries(entries) as Record<FontName, Buffer>
  })())

const arabicRun =
  /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+|[^\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+/g
const isArabic = (run: string) =>
  /^[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/.test(run)

export interface TextStyle {
  size: number
  bold?: boolean
  color?: string
}

/** Write a paragraph in a box `width` wide from (x, y); returns the y below it. */
export const writeText = (
  doc: PDFKit.PDFDocument,
  text: string,
  box: {
    x: number
    y: number
    width: number
    rtl: boolean
    alignRight?: boolean
    center?: boolean
  },
  style: TextStyle,
): number => {
  doc.fillColor(style.color ?? '#111111').fontSize(style.size)
  const lineHeight = style.size * 1.4
  if (!box.rtl) {
    doc.font(style.bold ? 'bold' : 'regular').text(text, box.x, box.y, {
      width: box.width,
      lineGap: style.size * 0.4 - 1,
      align: box.center ? 'center' : box.alignRight ? 'right' : 'left',
    })
    return doc.y
  }
  const latin = style.bold ? 'bold' : 'regular'
  const arabic = style.bold ? 'arabicBold' : 'arabic'
  const runs = (word: string) =>
    (word.match(arabicRun) ?? []).map((run) => {
      const font = isArabic(run) ? arabic : latin
      return { run, font, width: doc.font(font).widthOfString(run) }
    })
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const parts = runs(word)
      return { parts, width: parts.reduce((sum, part) => sum + part.width, 0) }
    })
  const space = doc.font(latin).widthOfString(' ')
  let y = box.y
  let line: typeof words = []
  let lineWidth = 0
  const flush = () => {
    let right = box.x + box.width - (box.center ? (box.width - lineWidth) / 2 : 0)
    for (const word of line) {
      for (const part of word.parts) {
        right -= part.width
        // One baseline for both fonts: their ascenders differ, so top-aligned runs would not line up.
        doc
          .font(part.font)
          .text(part.run, right, y + style.size * 1.1, { lineBreak: false, baseline: 'alphabetic' })
      }
      right -= space
    }
    y += lineHeight
    line = []
    lineWidth = 0
  }
  for (const word of words) {
    if (line.length && lineWidth + space + word.width > box.width) flush()
    lineWidth += (line.length ? space : 0) + word.width
    line.push(word)
  }
  if (line.length) flush()
  return y
}
