import { fieldCipher, lookupHasher, parseDataKeys } from '@stodportalen/support-services'
import { randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'

const key = () => randomBytes(32).toString('base64')
const [k1, k2] = [key(), key()]

describe('field cipher', () => {
  const cipher = fieldCipher(parseDataKeys(`one:${k1}`))

  test('a sealed value opens to the same text, carries its key id and differs every time', () => {
    const a = cipher.seal('Anna Berg', 'applicant.name')
    const b = cipher.seal('Anna Berg', 'applicant.name')
    expect(a).toMatch(/^enc1:one:/)
    expect(a).not.toBe(b)
    expect(a).not.toContain('Anna')
    expect(cipher.open(a, 'applicant.name')).toBe('Anna Berg')
    expect(cipher.open(cipher.seal('åäö ☂ مرحبا', 'x'), 'x')).toBe('åäö ☂ مرحبا')
  })

  test('another field, an altered byte or an unknown key is refused', () => {
    const sealed = cipher.seal('0701740601', 'applicant.phone')
    expect(() => cipher.open(sealed, 'applicant.email')).toThrow()
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.at(-1)
    expect(() => cipher.open(flipped, 'applicant.phone')).toThrow()
    expect(() => fieldCipher(parseDataKeys(`two:${k2}`)).open(sealed, 'applicant.phone')).toThrow(
      /"one"/,
    )
  })

  test('after a new key goes first, old values still open and are stale; text stored before encryption passes through', () => {
    const old = cipher.seal('Anna', 'n')
    const rotated = fieldCipher(parseDataKeys(`two:${k2},one:${k1}`))
    expect(rotated.open(old, 'n')).toBe('Anna')
    expect(rotated.isStale(old)).toBe(true)
    expect(rotated.isStale(rotated.seal('Anna', 'n'))).toBe(false)
    expect(rotated.open('plain text', 'n')).toBe('plain text')
    expect(rotated.isStale('plain text')).toBe(true)
  })

  test('key configuration errors say what is wrong', () => {
    expect(() => parseDataKeys(undefined)).toThrow(/DATA_ENCRYPTION_KEYS is empty/)
    expect(() => parseDataKeys(`one:${randomBytes(16).toString('base64')}`)).toThrow(/32 bytes/)
    expect(() => parseDataKeys(k1)).toThrow(/keyId:base64key/)
    expect(() => parseDataKeys(`one:${k1},one:${k2}`)).toThrow(/same key id/)
  })
})

describe('lookup hashes', () => {
  test('are keyed, separate kinds, and need a key', () => {
    const hash = lookupHasher(k1)
    expect(hash('phone', '0701740601')).toBe(hash('phone', '0701740601'))
    expect(hash('phone', '0701740601')).not.toBe(hash('email', '0701740601'))
    expect(lookupHasher(k2)('phone', '0701740601')).not.toBe(hash('phone', '0701740601'))
    expect(() => lookupHasher(undefined)).toThrow(/LOOKUP_HASH_KEY/)
  })
})
