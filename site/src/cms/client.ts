import { z } from 'zod'

/**
 * The typed client of the CMS's REST API, used at build time (content) and by the submit route.
 * Any surprise fails loudly: an unreachable CMS or an answer of the wrong shape stops the build
 * rather than publishing a site with pages missing.
 */
export const cmsUrl = () => process.env.CMS_URL ?? 'http://localhost:3000'

export class CmsError extends Error {}

export const getJson = async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
  const url = `${cmsUrl()}${path}`
  let response: Response
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } })
  } catch (error) {
    throw new CmsError(`The CMS at ${cmsUrl()} is unreachable (${(error as Error).message}). Start it first: npm start.`)
  }
  if (!response.ok) throw new CmsError(`The CMS answered ${response.status} for ${url}`)
  const parsed = schema.safeParse(await response.json())
  if (!parsed.success) throw new CmsError(`The CMS answered ${url} in an unexpected shape:\n${z.prettifyError(parsed.error)}`)
  return parsed.data
}

/** Payload's paginated list answer, all pages of it. */
export const getAll = async <T>(path: string, item: z.ZodType<T>): Promise<T[]> => {
  const separator = path.includes('?') ? '&' : '?'
  const page = z.object({ docs: z.array(item), hasNextPage: z.boolean() })
  const docs: T[] = []
  for (let n = 1; ; n++) {
    const answer = await getJson(`${path}${separator}limit=100&page=${n}`, page)
    docs.push(...answer.docs)
    if (!answer.hasNextPage) return docs
  }
}
