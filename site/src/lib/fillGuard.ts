import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Abuse guards that need no third party and never stop a person: a form that is sent less than
 * five seconds after it was first shown was filled in by a script. The start time travels with the
 * form, signed with the server's submit key, so a script cannot claim an earlier one.
 */
export const minimumFillMs = 5_000

const sign = (value: string) =>
  createHmac('sha256', process.env.SUBMIT_API_KEY ?? '')
    .update(`referral-started:${value}`)
    .digest('base64url')

/** The signed moment the form was first shown. */
export function startToken(now: Date): string {
  const started = String(now.getTime())
  return `${started}.${sign(started)}`
}

/** True when the token is ours and old enough; a forged, missing or fresh token is not. */
export function filledInLongEnough(token: string, now: Date): boolean {
  const [started = '', signature = ''] = token.split('.')
  const expected = sign(started)
  const genuine =
    signature.length === expected.length &&
    timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  return genuine && now.getTime() - Number(started) >= minimumFillMs
}

/**
 * The slower way past the proof of work, for a browser without JavaScript: the person is asked to
 * press Send once more after a short wait. The token says from when (and until when) the form fill it
 * names may be sent, signed, so nothing is kept on the server between the two presses.
 */
export const resendWaitSeconds = 10
const waitTokenLifetimeMs = 60 * 60 * 1000

const signWait = (fill: string, times: string) => {
  const key = process.env.CHALLENGE_HMAC_KEY
  if (!key)
    throw new Error(
      'CHALLENGE_HMAC_KEY is not set. Start the system with `npm start`, or see README "Configuration".',
    )
  return createHmac('sha256', key).update(`referral-wait:${fill}:${times}`).digest('base64url')
}

/** A token that lets this form fill be sent from `resendWaitSeconds` after now. */
export function waitToken(fill: string, now: Date): string {
  const from = now.getTime() + resendWaitSeconds * 1000
  const times = `${from}.${from + waitTokenLifetimeMs}`
  return `${times}.${signWait(fill, times)}`
}

export type WaitState =
  { kind: 'ready' } | { kind: 'early'; secondsLeft: number } | { kind: 'none' }

/** Whether a posted token lets this fill be sent now, in how many seconds, or not at all (forged, expired, another fill's). */
export function waitState(token: string, fill: string, now: Date): WaitState {
  const [from = '', until = '', signature = ''] = token.split('.')
  const expected = signWait(fill, `${from}.${until}`)
  const genuine =
    /^\d{1,15}$/.test(from) && /^\d{1,15}$/.test(until) && signature.length === expected.length
  if (!genuine || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected)))
    return { kind: 'none' }
  if (now.getTime() > Number(until)) return { kind: 'none' }
  const left = Number(from) - now.getTime()
  return left <= 0 ? { kind: 'ready' } : { kind: 'early', secondsLeft: Math.ceil(left / 1000) }
}
