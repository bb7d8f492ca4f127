import type { Payload } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { cmsUrl, login, testPayload } from '../support/cms'
import { drawnImage, handWrittenPdf, uploadOverRest } from '../support/uploads'

/**
 * Uploads as an editor sends them from the admin (REST multipart): what is refused, with the
 * Swedish message the editor sees, and what a good image becomes (WebP sizes, a 16:9 hero cut).
 */
let payload: Payload
let editor: Record<string, string>
let png: Buffer
const made: { collection: 'documents' | 'media'; id: number }[] = []

beforeAll(async () => {
  payload = await testPayload()
  const { email, password } = demoUsers.find((u) => u.role === 'editor')!
  editor = await login(email, password)
  png = await drawnImage()
})

afterAll(async () => {
  for (const { collection, id } of made) await payload.delete({ collection, id })
})

const upload = async (
  collection: 'documents' | 'media',
  file: { data: Buffer; name: string; type: string },
  fields: Record<string, unknown>,
  query = '',
) => {
  const answer = await uploadOverRest(`${cmsUrl()}/api/${collection}${query}`, editor, file, fields)
  if (answer.status === 201) made.push({ collection, id: (answer.json().doc as { id: number }).id })
  return answer
}

describe('media', () => {
  test('an image with Swedish alt text is stored with WebP sizes and a 16:9 hero cut', async () => {
    const answer = await upload(
      'media',
      { data: png, name: 'landskap.png', type: 'image/png' },
      { alt: 'En stig över gröna kullar i solsken.' },
    )
    expect(answer.status, answer.text).toBe(201)
    const doc = answer.json().doc as {
      width: number
      sizes: Record<string, { width: number; height: number; mimeType: string; url: string }>
    }
    expect(doc.width).toBe(1600)
    expect(doc.sizes.w800).toMatchObject({ width: 800, height: 500, mimeType: 'image/webp' })
    expect(doc.sizes.hero1600).toMatchObject({ width: 1600, height: 900, mimeType: 'image/webp' })
    const file = await fetch(new URL(doc.sizes.w400.url, cmsUrl()))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/webp')
  })

  test('an image without alt text is refused, naming the field', async () => {
    const answer = await upload(
      'media',
      { data: png, name: 'utan-alt.png', type: 'image/png' },
      { alt: '  ' },
    )
    expect(answer.status, answer.text).toBe(400)
    expect(answer.text).toContain(
      'Skriv en alternativtext: vad bilden visar, för den som inte ser den.',
    )
  })

  test('a new image in another language than Swedish is refused: Swedish alt text comes first', async () => {
    const answer = await upload(
      'media',
      { data: png, name: 'engelska.png', type: 'image/png' },
      { alt: 'A path over green hills.' },
      '?locale=en',
    )
    expect(answer.status, answer.text).toBe(400)
    expect(answer.text).toContain('Ladda upp bilden på svenska först')
  })

  test('a file that is not an image is refused, in Swedish', async () => {
    const answer = await upload(
      'media',
      { data: handWrittenPdf(), name: 'broschyr.pdf', type: 'application/pdf' },
      { alt: 'Broschyr' },
    )
    expect(answer.status, answer.text).toBe(400)
    expect(answer.text).toContain(
      'Filtypen går inte att ladda upp här. Välj en bild i JPEG, PNG, WebP eller AVIF.',
    )
  })

  test('a file over the limit (10 MB by default) is refused while it arrives', async () => {
    const tooLarge = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)])
    const answer = await upload(
      'media',
      { data: tooLarge, name: 'stor.png', type: 'image/png' },
      { alt: 'För stor' },
    )
    expect(answer.status, answer.text).toBe(413)
    expect(answer.text).toContain('Filen är för stor. Största tillåtna storlek är 10 MB')
  })
})

describe('documents', () => {
  test('a PDF is stored with its language, and read by anyone with its size', async () => {
    const answer = await upload(
      'documents',
      { data: handWrittenPdf(), name: 'samtycke.pdf', type: 'application/pdf' },
      { title: 'Samtyckesblankett', language: 'sv' },
    )
    expect(answer.status, answer.text).toBe(201)
    const { id } = answer.json().doc as { id: number }
    const read = await fetch(`${cmsUrl()}/api/documents/${id}`)
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({
      title: 'Samtyckesblankett',
      language: 'sv',
      mimeType: 'application/pdf',
      filesize: handWrittenPdf().length,
    })
  })

  test('an image is not a document', async () => {
    const answer = await upload(
      'documents',
      { data: png, name: 'bild.png', type: 'image/png' },
      { title: 'Bild', language: 'sv' },
    )
    expect(answer.status, answer.text).toBe(400)
    expect(answer.text).toContain(
      'Filtypen går inte att ladda upp här. Välj en PDF, ODT eller DOCX.',
    )
  })
})
