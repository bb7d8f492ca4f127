import QRCode from 'qrcode'

/**
 * Error correction M (15 %): survives a smudged or folded print, and a campaign link stays a small
 * code (25 × 25 modules) that a phone reads from across a notice board.
 */
const errorCorrectionLevel = 'M'

/** The QR code as inline SVG, announced as an image of the link it holds. */
export const qrSvg = async (url: string, label: string): Promise<string> => {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel })
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" `)
}

/** The QR code's dark modules, for drawing it in a PDF: `size` × `size`, row by row. */
export const qrModules = (
  url: string,
): { size: number; dark: (x: number, y: number) => boolean } => {
  const { modules } = QRCode.create(url, { errorCorrectionLevel })
  return { size: modules.size, dark: (x, y) => Boolean(modules.get(y, x)) }
}
