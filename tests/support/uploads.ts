import sharp from 'sharp'

/**
 * Synthetic files for upload tests: a drawn landscape (sun, hills, a path: never a person) as PNG,
 * and a one-page PDF written by hand. Nothing here comes from a real photo or document.
 */
export const drawnImage = async ({ width = 1600, height = 1000 } = {}) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 160 100">
  <rect width="160" height="100" fill="#bfe3f2"/>
  <circle cx="125" cy="25" r="12" fill="#f4c430"/>
  <path d="M0 70 Q40 45 80 65 T160 60 V100 H0 Z" fill="#5a9e6f"/>
  <path d="M0 85 Q50 70 100 85 T160 80 V100 H0 Z" fill="#2f6b45"/>
  <path d="M70 100 Q80 80 95 66" stroke="#e8d9b5" stroke-width="4" fill="none"/>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** The smallest PDF Payload's check accepts: header, one empty page, cross-reference table, end. */
export const handWrittenPdf = () => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, i) => {
    const offset = body.length
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** An upload over REST as the admin sends it: the file and the document's fields as `_payload`. */
export const uploadOverRest = async (
  url: string,
  headers: Record<string, string>,
  file: { data: Buffer; name: string; type: string },
  fields: Record<string, unknown>,
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(url, { method: 'POST', headers, body: form })
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> }
}
