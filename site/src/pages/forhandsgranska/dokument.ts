import type { APIRoute } from 'astro'

import { previewDocumentFile } from '../../lib/preview'

/**
 * A document a draft preview links to (lib/previewDocuments.ts), one the build has not copied in yet
 * included: only with the preview's signed link, never cached (lib/preview.ts).
 */
export const prerender = false

export const GET: APIRoute = ({ url }) =>
  previewDocumentFile(url.searchParams.get('token'), Number(url.searchParams.get('id')))
