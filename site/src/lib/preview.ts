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

const refused = (status: number, message: string): Preview => ({ ok: false, status, message })

const again = 'Klicka på Förhandsgranska i CMS:et igen för att få en ny länk.'
const invalid = refused(403, `Länken till förhandsgranskningen är inte giltig. ${again}`)
const expired = refused(410, `Länken till förhandsgranskningen gäller i tio minuter. ${again}`)
const gone = refused(404, 'Det du vill förhandsgranska finns inte längre i CMS:et.')
const unavailable = refused(503, 'CMS:et svarar inte just nu. Försök igen om en stund.')

const answerSchema = z.object({ kind: z.string(), doc: z.unknown() })

/** The CMS document in the form the views take. Zod drops every field the site does not read. */
const asPublic = async (kind: PreviewKind, doc: unknown) => {
  const links = await previewContext(doc)
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

export const loadPreview = async (token: null | string): Promise<Preview> => {
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
  const answer = answerSchema.parse(await response.json())
  try {
    return { ok: true, locale, kind, doc: await asPublic(kind, answer.doc) } as Preview
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error
    return refused(
      422,
      `Utkastet kan inte visas än: något som sidan behöver saknas (${z.prettifyError(error)}).`,
    )
  }
}
