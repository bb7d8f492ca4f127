import type {
  CollectionSlug,
  Endpoint,
  Field,
  GeneratePreviewURL,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { isLocale } from '../domain'
import {
  type PreviewKind,
  previewKinds,
  signPreviewToken,
  verifyPreviewToken,
} from '../domain/previewToken'
import { refuse } from './respond'

/** Where each kind of previewable document lives; pages are the host's own collection. */
export const previewCollections: Record<PreviewKind, CollectionSlug> = {
  page: 'pages' as CollectionSlug,
  service: 'services' as CollectionSlug,
  event: 'events' as CollectionSlug,
  story: 'stories' as CollectionSlug,
}

export interface PreviewOptions {
  /** PREVIEW_TOKEN_KEY: signs the links; the site verifies them with the same key. */
  secret: string | undefined
  /** The public site's address: the preview opens there. */
  siteUrl: string | undefined
}

/**
 * `admin.preview` for one kind: the "Förhandsgranska" button opens the CMS's own link endpoint,
 * which signs a fresh token at the moment of the click (a token made as the form loads would expire
 * while the editor writes).
 */
export const previewLink =
  (kind: PreviewKind): GeneratePreviewURL =>
  (doc, { locale, req }) => {
    if (!doc?.id) return null
    const query = new URLSearchParams({ kind, id: String(doc.id), locale })
    return `${req.payload.config.serverURL}${req.payload.config.routes.api}/preview/open?${query}`
  }

/**
 * Removes, in place, the fields no anonymous reader gets (field-level read access): named groups
 * and tabs are copied before they change, rows, collapsibles and unnamed tabs share their parent's.
 */
const stripRestricted = (fields: Field[], data: Record<string, unknown>): void => {
  const within = (name: string, inner: Field[]) => {
    if (!data[name] || typeof data[name] !== 'object') return
    data[name] = { ...(data[name] as object) }
    stripRestricted(inner, data[name] as Record<string, unknown>)
  }
  for (const field of fields) {
    if ('name' in field && 'access' in field && field.access?.read) delete data[field.name]
    else if (field.type === 'group' && 'name' in field) within(field.name, field.fields)
    else if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group')
      stripRestricted(field.fields, data)
    else if (field.type === 'tabs')
      for (const tab of field.tabs)
        if ('name' in tab && tab.name) within(tab.name, tab.fields)
        else stripRestricted(tab.fields, data)
  }
}

const publicData = (fields: Field[], doc: Record<string, unknown>) => {
  const copy = { ...doc }
  stripRestricted(fields, copy)
  return copy
}

const notConfigured = () =>
  refuse(503, 'preview', 'not-configured', 'Draft preview needs PREVIEW_TOKEN_KEY and SITE_URL.')

/**
 * GET /api/preview/open?kind&id&locale — for signed-in staff who may read the document's drafts:
 * a redirect to the site's preview route with a token for that document and language.
 */
const openEndpoint = (options: PreviewOptions): Endpoint => ({
  path: '/preview/open',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return refuse(401, 'user', 'unauthorized', 'Sign in to preview drafts.')
    const params = new URL(req.url ?? '', 'http://cms').searchParams
    const kind = params.get('kind') as PreviewKind
    const id = Number(params.get('id'))
    const locale = params.get('locale')
    if (!previewKinds.includes(kind) || !Number.isSafeInteger(id) || id < 1 || !isLocale(locale))
      return refuse(400, 'kind', 'invalid', 'kind, id and locale name one document.')
    if (!options.secret || !options.siteUrl) return notConfigured()
    // As this user: whoever may not read the draft in the admin gets no link to it either.
    const readable = await req.payload
      .findByID({
        collection: previewCollections[kind],
        id,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
      })
      .catch(() => null)
    if (!readable) return refuse(404, 'id', 'not-found', 'No such document for this user.')
    const token = signPreviewToken({ kind, id, locale }, options.secret)
    const target = new URL('/forhandsgranska', options.siteUrl)
    target.searchParams.set('token', token)
    return new Response(null, {
      status: 302,
      headers: { Location: target.href, 'Cache-Control': 'no-store' },
    })
  },
})

/**
 * GET /api/preview/document?token — the site's preview route: the latest draft the token names, in
 * every language, with only what the public may read of it. A token is the only way in.
 */
const documentEndpoint = (options: PreviewOptions): Endpoint => ({
  path: '/preview/document',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!options.secret) return notConfigured()
    const token = new URL(req.url ?? '', 'http://cms').searchParams.get('token')
    const verdict = verifyPreviewToken(token, options.secret)
    if (!verdict.ok)
      return verdict.reason === 'expired'
        ? refuse(410, 'token', 'expired', 'The preview link has expired.')
        : refuse(403, 'token', 'invalid', 'Not a valid preview link.')
    const { kind, id, locale } = verdict.claims
    const collection = previewCollections[kind]
    const doc = await req.payload.findByID({
      collection,
      id,
      draft: true,
      locale: 'all',
      // As the site's loaders read it: relations as ids (a related document's private fields stay home).
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!doc) return refuse(404, 'id', 'not-found', 'The document no longer exists.')
    const config = req.payload.collections[collection].config as SanitizedCollectionConfig
    return Response.json(
      { kind, locale, doc: publicData(config.fields, doc as never) },
      { headers: { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } },
    )
  },
})

export const previewEndpoints = (options: PreviewOptions): Endpoint[] => [
  openEndpoint(options),
  documentEndpoint(options),
]
