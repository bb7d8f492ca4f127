import { type Challenge, createChallenge, randomInt, verifySolution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import { createHmac } from 'node:crypto'

/**
 * Proof of work without a third party (ALTCHA's open-source library, run on our own server): the form
 * page carries a challenge that the browser solves in the background while the person answers. A
 * script must spend the same work for every referral it sends. The challenge is signed, expires, and
 * names the form fill (its idempotency key) it was made for: reusing a solution can only send that same
 * fill again, and the CMS answers a repeated fill with the first referral (its idempotency, kept in
 * PostgreSQL), so a solution never brings in a second referral, whichever site process receives it.
 */

/** PBKDF2-SHA-256 with this many iterations per try… */
export const challengeCost = 1_000
/** …and the server's secret counter among these tries: about 1–3 seconds in a phone's browser. */
const counterRange = { min: 1_500, max: 3_000 }
/** Long enough to fill in the form at one's own pace; an expired one falls back to "press again". */
export const challengeLifetimeMs = 2 * 60 * 60 * 1000

const secret = (purpose: string) => {
  const key = process.env.CHALLENGE_HMAC_KEY
  if (!key)
    throw new Error(
      'CHALLENGE_HMAC_KEY is not set. Start the system with `npm start`, or see README "Configuration".',
    )
  // One configured key, a separate secret for each use.
  return createHmac('sha256', key).update(purpose).digest('hex')
}

/** A new challenge for one form fill, to solve in the browser. */
export async function challengeFor(fill: string, now: Date): Promise<Challenge> {
  return createChallenge({
    algorithm: 'PBKDF2/SHA-256',
    cost: challengeCost,
    // Deterministic mode: the server picks the counter and signs the key it gives, so checking a
    // solution costs one HMAC instead of the work itself.
    counter: randomInt(counterRange.max, counterRange.min),
    deriveKey,
    data: { fill },
    expiresAt: new Date(now.getTime() + challengeLifetimeMs),
    hmacSignatureSecret: secret('altcha-challenge'),
    hmacKeySignatureSecret: secret('altcha-key'),
  })
}

/** What the browser posts back: the challenge and its solution, as ALTCHA's widget encodes them (base64 JSON). */
export const encodeProof = (proof: {
  challenge: Challenge
  solution: { counter: number; derivedKey: string }
}) => Buffer.from(JSON.stringify(proof)).toString('base64')

const decodeProof = (
  encoded: string,
): { challenge: Challenge; solution: { counter: number; derivedKey: string } } | null => {
  try {
    const proof = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'))
    return proof && typeof proof === 'object' && proof.challenge?.parameters && proof.solution
      ? proof
      : null
  } catch {
    return null
  }
}

/** True when `encoded` is a solved, unexpired challenge of ours made for this form fill. */
export async function isSolvedFor(encoded: string, fill: string): Promise<boolean> {
  if (encoded === '' || encoded.length > 4_000) return false
  const proof = decodeProof(encoded)
  if (!proof || proof.challenge.parameters.data?.fill !== fill) return false
  try {
    const result = await verifySolution({
      challenge: proof.challenge,
      solution: proof.solution,
      deriveKey,
      hmacSignatureSecret: secret('altcha-challenge'),
      hmacKeySignatureSecret: secret('altcha-key'),
    })
    return result.verified
  } catch {
    return false
  }
}
