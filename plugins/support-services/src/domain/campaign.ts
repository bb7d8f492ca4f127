/**
 * Campaign codes: the short code of an outreach activity or event, printed as `/k/<code>` on a sheet
 * or poster and carried through the check and the form, so the referral can say which outreach
 * brought it. A code names an activity, never a person: it is not personal data.
 *
 * Six characters of the reference alphabet (no look-alikes 0/O, 1/I/L, U/V, Z/2): short enough to
 * type from paper, and 29⁶ ≈ 595 million codes, so random ones do not collide in practice (the
 * collection's unique index is the guard).
 */
import { referenceAlphabet } from './reference'

export const campaignCodeLength = 6

const campaignCodePattern = new RegExp(`^[${referenceAlphabet}]{${campaignCodeLength}}$`)

/** A new random code; `randomValues` is crypto.getRandomValues (browser or Node). */
export const newCampaignCode = (
  randomValues: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string => {
  const chars: string[] = []
  while (chars.length < campaignCodeLength) {
    // Rejection sampling keeps every character equally likely: 256 is not a multiple of 29.
    for (const byte of randomValues(new Uint8Array(campaignCodeLength * 2))) {
      if (byte < 29 * 8 && chars.length < campaignCodeLength)
        chars.push(referenceAlphabet[byte % 29])
    }
  }
  return chars.join('')
}

/** A typed or linked code as stored: upper case, no spaces; null when it cannot be a code. */
export const normalizeCampaignCode = (input: unknown): null | string => {
  if (typeof input !== 'string') return null
  const code = input.replace(/\s+/g, '').toUpperCase()
  return campaignCodePattern.test(code) ? code : null
}

/** The path of a campaign link on the public site. */
export const campaignPath = (code: string): string => `/k/${code}`
