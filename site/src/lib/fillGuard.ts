import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Abuse guards that need no third party and never stop a person: a form that is sent less than
 * five seconds after it was first shown was filled in by a script. The start time travels with the
 * form, signed with the server's submit key, so a script cannot claim an earlier one.
 */
export const minimumFillMs = 5_000

const sign = (value: string) =>
  createHmac('sha256', process.env.SUBMIT_API_KEY ?? '').update(`referral-started:${value}`).digest('base64url')

/** The signed moment the form was first shown. */
export function startToken(now: Date): string {
  const started = String(now.getTime())
  return `${started}.${sign(started)}`
}

/** True when the token is ours and old enough; a forged, missing or fresh token is not. */
export function filledInLongEnough(token: string, now: Date): boolean {
  const [started = '', signature = ''] = token.split('.')
  const expected = sign(started)
  const genuine = signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  return genuine && now.getTime() - Number(started) >= minimumFillMs
}
