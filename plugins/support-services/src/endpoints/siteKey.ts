import { timingSafeEqual } from 'node:crypto'

import { refuse } from './respond'

/** Whether the request carries the site's submit key (`x-submit-key`), compared in constant time. */
export const fromSite = (headers: Headers, submitKey: string) => {
  const given = headers.get('x-submit-key')
  return (
    given !== null &&
    given.length === submitKey.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(submitKey))
  )
}

export const wrongSubmitKey = () =>
  refuse(401, 'x-submit-key', 'unauthorized', 'Missing or wrong submit key.')
