import { type Locale } from '@stodportalen/support-services/domain'
import { type PreviewKind, verifyPreviewToken } from '@stodportalen/support-services/preview-token'
import { z } from 'zod'

import { cmsUrl } from '../cms/client'
import {
  previewContext,
  publicEvent,
  publicPage,
  type PublicPage,
  publicService,
  type PublicService,
  publicStory,
} from '../cms/public'
import {
  eventSchema,
  pageSchema,
  type PublicEvent,
  type PublicStory,
  serviceSchema,
  storySchema,
} from '../cms/schemas'
import { documentSchema } from './cmsFiles'
import { documentIdsOf } from './previewDocuments'

/**
 * The draft a preview link names, made as the build makes published content (cms/public.ts), or
 * why it cannot be shown: always a 4xx for a bad link, a 503 when the CMS cannot be asked.
 */
export type Preview =
  | { ok: true; locale: Locale; kind: 'event'; doc: PublicEvent }
  | { ok: true; locale: Locale; kind: 'page'; doc: PublicPage }
  | { ok: true; locale: Locale; kind: 'service'; doc: PublicService }
  | { ok: true; locale: Locale; kind: 'story'; doc: PublicStory }
  | { ok: false; status: number; message: string }

type Refused = Extract<Preview, { ok: false }>

const refused = (status: number, message: string): Refused => ({ ok: false, status, message })

const again = 'Klicka på Förhandsgranska i CMS:et igen för att få en ny länk.'
const invalid = refused(403, `Länken till förhandsgranskningen är inte giltig. ${again}`)
const expired = refused(410, `Länken till förhandsgranskningen gäller i tio minuter. ${again}`)
const gone = refused(404, 'Det du vill förhandsgranska finns inte längre i CMS:et.')
const unavailable = refused(503, 'CMS:et svarar inte just nu. Försök igen om en stund.')

const answerSchema = z.object({ kind: z.string(), doc: z.unknown() })

/** The CMS document in the form the views take. Zod drops every field the site does not read. */
const asPublic = async (kind: PreviewKind, doc: unknown, token: string) => {
  const links = await previewContext(doc, token)
  switch (kind) {
    case 'page':
      return publicPage(pageSchema.parse(doc), links)
    case 'service':
      return publicService(serviceSchema.parse(doc), links)
    case 'event':
      return publicEvent(eventSchema.parse(doc), links)
    case 'story':
      return publicStory(storySchema.parse(doc), links)
  }
}

type Draft = { ok: true; kind: PreviewKind; locale: Locale; doc: unknown } | Refused

/** The draft a token names, as the CMS gives it to the site (only what the public may read of it). */
const draftOf = async (token: null | string): Promise<Draft> => {
  const key = process.env.PREVIEW_TOKEN_KEY
  if (!key) return refused(503, 'Förhandsgranskning är inte inställd på webbplatsen.')
  // Checked here first: a bad link never reaches the CMS.
  const verdict = verifyPreviewToken(token, key)
  if (!verdict.ok) return verdict.reason === 'expired' ? expired : invalid
  const { kind, locale } = verdict.claims
  let response: Response
  try {
    response = await fetch(`${cmsUrl()}/api/preview/document?token=${encodeURIComponent(token!)}`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
    })
  } catch {
    return unavailable
  }
  if (response.status === 410) return expired
  if (response.status === 403) return invalid
  if (response.status === 404) return gone
  if (!response.ok) return unavailable
  return { ok: true, kind, locale, doc: answerSchema.parse(await response.json()).doc }
}

export const loadPreview = async (token: null | string): Promise<Preview> => {
  const draft = await draftOf(token)
  if (!draft.ok) return draft
  const { kind, locale, doc } = draft
  try {
    return { ok: true, locale, kind, doc: await asPublic(kind, doc, token!) } as Preview
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error
    return refused(
      422,
      `Utkastet kan inte visas än: något som sidan behöver saknas (${z.prettifyError(error)}).`,
    )
  }
}

const noStore = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
}

/**
 * A document's file for a preview (its links: lib/previewDocuments.ts): only with a valid token, and
 * only a document the draft it names links to, so a token opens no other file. Read from the CMS now,
 * never cached; the reason in Swedish when it cannot be given.
 */
export const previewDocumentFile = async (token: null | string, id: number): Promise<Response> => {
  const refuse = ({ status, message }: Refused) =>
    new Response(message, {
      status,
      headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const draft = await draftOf(token)
  if (!draft.ok) return refuse(draft)
  if (!documentIdsOf(draft.doc).includes(id))
    return refuse(refused(404, 'Utkastet länkar inte till det dokumentet.'))
  try {
    const answer = await fetch(`${cmsUrl()}/api/documents/${id}?depth=0`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
    })
    if (answer.status === 404) return refuse(refused(404, 'Dokumentet finns inte längre i CMS:et.'))
    if (!answer.ok) return refuse(unavailable)
    const doc = documentSchema.parse(await answer.json())
    if (!doc.url || !doc.filename) return refuse(refused(404, 'Dokumentet har ingen fil.'))
    // Read whole (uploads are at most a few MB) within the timeout: a slow reader cannot cut it short.
    const file = await fetch(new URL(doc.url, cmsUrl()), { signal: AbortSignal.timeout(30_000) })
    if (!file.ok) return refuse(unavailable)
    const bytes = new Uint8Array(await file.arrayBuffer())
    const ascii = doc.filename.replace(/[^a-zA-Z0-9._-]/g, '-')
    return new Response(bytes, {
      headers: {
        ...noStore,
        'Content-Type':
          file.headers.get('content-type') ?? doc.mimeType ?? 'application/octet-stream',
        'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
      },
    })
  } catch {
    return refuse(unavailable)
  }
}
