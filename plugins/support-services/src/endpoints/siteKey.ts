import { timingSafeEqual } from 'node:crypto'

import { reply } from './respond'

/** Whether the request carries the site's submit key (`x-submit-key`), compared in constant time. */
export const fromSite = (headers: Headers, submitKey: string) => {
  const given = headers.get('x-submit-key')
  return given !== null && given.length === submitKey.length && timingSafeEqual(Buffer.from(given), Buffer.from(submitKey))
}

export const wrongSubmitKey = () =>
  reply(401, { errors: [{ field: 'x-submit-key', code: 'unauthorized', message: 'Missing or wrong submit key.' }] })
