import {
  generateReference,
  isValidReference,
  normalizeReference,
  referenceAlphabet,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

/** A deterministic byte source: a simple LCG, so tests see many different references. */
function seeded(seed: number) {
  let state = seed
  return (n: number) =>
    Uint8Array.from({ length: n }, () => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return state >>> 16
    })
}

const sample = Array.from({ length: 40 }, (_, i) => generateReference(seeded(i + 1)))

describe('generateReference', () => {
  it('is grouped for reading aloud and uses only the unambiguous alphabet', () => {
    for (const ref of sample) {
      expect(ref).toMatch(/^[2-9A-HJKMNP-TV-Y]{4}-[2-9A-HJKMNP-TV-Y]{4}-[2-9A-HJKMNP-TV-Y]{3}$/)
      expect(ref).not.toMatch(/[01ILOUZ]/)
      expect(isValidReference(ref)).toBe(true)
    }
  })

  it('has at least 45 bits of randomness', () => {
    expect(10 * Math.log2(referenceAlphabet.length)).toBeGreaterThanOrEqual(45)
  })

  it('is determined by the injected randomness', () => {
    expect(generateReference(seeded(7))).toBe(generateReference(seeded(7)))
    expect(new Set(sample).size).toBe(sample.length)
  })

  it('maps bytes to characters without bias, skipping bytes ≥ 232', () => {
    const bytes = [255, 240, 232, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    const ref = generateReference((n) => Uint8Array.from(bytes.splice(0, n)))
    expect(ref.replaceAll('-', '').slice(0, 10)).toBe(referenceAlphabet.slice(0, 10))
  })
})

describe('the check character', () => {
  const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1)

  it('catches every single wrong character', () => {
    for (const ref of sample.slice(0, 10)) {
      const chars = ref.replaceAll('-', '')
      for (let i = 0; i < chars.length; i++) {
        for (const c of referenceAlphabet) {
          if (c !== chars[i]) expect(isValidReference(replaceAt(chars, i, c))).toBe(false)
        }
      }
    }
  })

  it('catches every swap of two different neighbours', () => {
    for (const ref of sample) {
      const chars = ref.replaceAll('-', '')
      for (let i = 0; i + 1 < chars.length; i++) {
        if (chars[i] === chars[i + 1]) continue
        const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2)
        expect(isValidReference(swapped)).toBe(false)
      }
    }
  })
})

describe('normalizeReference', () => {
  const ref = sample[0]

  it('accepts any case, spacing and dashes', () => {
    const typed = ` ${ref.toLowerCase().replaceAll('-', ' ')} `
    expect(normalizeReference(typed)).toBe(ref)
    expect(normalizeReference(ref.replaceAll('-', ''))).toBe(ref)
    expect(isValidReference(typed)).toBe(true)
  })

  it('reads a Z as the 2 it must have been', () => {
    expect(normalizeReference('z')).toBe('2')
  })

  it('rejects wrong lengths and foreign characters', () => {
    expect(isValidReference(ref.slice(0, -1))).toBe(false)
    expect(isValidReference(`${ref}2`)).toBe(false)
    expect(isValidReference(ref.replace(/./, 'O'))).toBe(false)
    expect(isValidReference('')).toBe(false)
  })
})
