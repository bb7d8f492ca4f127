import {
  campaignCodeLength,
  campaignPath,
  newCampaignCode,
  normalizeCampaignCode,
  referenceAlphabet,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

describe('campaign codes', () => {
  it('are six characters of the alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i++) {
      const code = newCampaignCode()
      expect(code).toHaveLength(campaignCodeLength)
      expect(
        [...code].every((char) => referenceAlphabet.includes(char)),
        code,
      ).toBe(true)
      expect(code).not.toMatch(/[01ILOUZ]/)
    }
  })

  it('draw every character of the alphabet evenly', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 2000; i++)
      for (const char of newCampaignCode()) counts.set(char, (counts.get(char) ?? 0) + 1)
    expect(counts.size).toBe(referenceAlphabet.length)
    // 12,000 draws over 29 characters: ≈ 414 each; a skew from `byte % 29` would show up far outside.
    for (const [char, count] of counts) expect(count, char).toBeGreaterThan(300)
  })

  it('uses the random source it is given', () => {
    expect(newCampaignCode((bytes) => bytes.fill(0))).toBe('222222')
    // Bytes at or above 232 (= 29 × 8) are drawn again, never folded onto the first characters.
    let call = 0
    const source = (bytes: Uint8Array) => bytes.fill(call++ === 0 ? 250 : 1)
    expect(newCampaignCode(source)).toBe('333333')
  })

  it('reads a typed code in any case and spacing, and refuses anything else', () => {
    expect(normalizeCampaignCode(' k7m 4q9 ')).toBe('K7M4Q9')
    expect(normalizeCampaignCode('K7M4Q')).toBeNull()
    expect(normalizeCampaignCode('K7M4Q90')).toBeNull()
    expect(normalizeCampaignCode('K7M4QO')).toBeNull()
    expect(normalizeCampaignCode(42)).toBeNull()
    expect(normalizeCampaignCode(undefined)).toBeNull()
  })

  it('links to /k/<code>', () => {
    expect(campaignPath('K7M4Q9')).toBe('/k/K7M4Q9')
  })
})
