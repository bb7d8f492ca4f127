/**
 * Reading PDFs in tests with pdf.js (Mozilla's renderer, on @napi-rs/canvas in Node): how many pages,
 * what text, and a page as pixels to decode a QR code from (jsQR).
 */
import jsQR from 'jsqr'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

const open = (pdf: Uint8Array) =>
  getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise

export const pdfPageCount = async (pdf: Uint8Array): Promise<number> => (await open(pdf)).numPages

/** A page's width and height in PDF points (A4 is 595 × 842, A3 842 × 1191). */
export const pdfPageSize = async (pdf: Uint8Array, pageNumber = 1) => {
  const { width, height } = (await (await open(pdf)).getPage(pageNumber)).getViewport({ scale: 1 })
  return { width: Math.round(width), height: Math.round(height) }
}

/** The text of a page, its pieces joined by spaces. */
export const pdfText = async (pdf: Uint8Array, pageNumber = 1): Promise<string> => {
  const page = await (await open(pdf)).getPage(pageNumber)
  const content = await page.getTextContent()
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ')
}

/** The first QR code on a page, rendered at `scale` (1 = 72 dpi), as the text it holds; null when none reads. */
export const pdfQrCode = async (pdf: Uint8Array, pageNumber = 1, scale = 2) => {
  const page = await (await open(pdf)).getPage(pageNumber)
  const viewport = page.getViewport({ scale })
  const { createCanvas } = await import('@napi-rs/canvas')
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
  await page.render({ canvas: canvas as never, viewport }).promise
  const image = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height)
  return {
    text: jsQR(image.data, image.width, image.height)?.data ?? null,
    png: canvas.toBuffer('image/png'),
  }
}
