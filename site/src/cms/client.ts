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
    throw new CmsError(
      `The CMS at ${cmsUrl()} is unreachable (${(error as Error).message}). Start it first: npm start.`,
    )
  }
  if (!response.ok) throw new CmsError(`The CMS answered ${response.status} for ${url}`)
  const parsed = schema.safeParse(await response.json())
  if (!parsed.success)
    throw new CmsError(
      `The CMS answered ${url} in an unexpected shape:\n${z.prettifyError(parsed.error)}`,
    )
  return parsed.data
}

/** Payload's `select` for the fields an item schema reads (an object, or an object piped into a transform). */
const selectOf = (item: z.ZodType) => {
  const object = item instanceof z.ZodPipe ? item.in : item
  if (!(object instanceof z.ZodObject))
    throw new Error('getAll needs an object schema to select its fields')
  return Object.keys(object.shape)
    .map((field) => `select[${field}]=true`)
    .join('&')
}

/**
 * Payload's paginated list answer, all pages of it, each document with only the fields the schema
 * reads: a site of a thousand pages takes a few requests per collection, not one per page. `select:
 * false` reads whole documents, for fields Payload's select leaves out.
 */
export const getAll = async <T>(
  path: string,
  item: z.ZodType<T>,
  { select = true }: { select?: boolean } = {},
): Promise<T[]> => {
  const separator = path.includes('?') ? '&' : '?'
  const page = z.object({ docs: z.array(item), hasNextPage: z.boolean() })
  const fields = select ? `${selectOf(item)}&` : ''
  const docs: T[] = []
  for (let n = 1; ; n++) {
    const answer = await getJson(`${path}${separator}${fields}limit=100&page=${n}`, page)
    docs.push(...answer.docs)
    if (!answer.hasNextPage) return docs
  }
}
