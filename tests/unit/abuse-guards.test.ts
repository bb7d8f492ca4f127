import { type Challenge, solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'

import { waitFor } from '../../site/src/i18n/form'
import { challengeFor, encodeProof, isSolvedFor } from '../../site/src/lib/challenge'
import { clientKey, limitedAddress } from '../../site/src/lib/clientKey'
import { resendWaitSeconds, waitState, waitToken } from '../../site/src/lib/fillGuard'

beforeAll(() => {
  process.env.CHALLENGE_HMAC_KEY = randomBytes(32).toString('base64')
  process.env.LOOKUP_HASH_KEY = randomBytes(32).toString('base64')
})

describe('the client key the site sends for the rate limits', () => {
  test.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:85a3:1:8a2e:370:7334:1', '2001:db8:85a3:1::/64'],
    ['2001:db8:85a3:1::99', '2001:db8:85a3:1::/64'],
    ['2001:DB8:0:0:1::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s counts as %s', (address, counted) => expect(limitedAddress(address)).toBe(counted))

  test('addresses of one IPv6 network share a key, others do not, and no key shows the address', () => {
    const home = clientKey('2001:db8:85a3:1::10')
    expect(clientKey('2001:db8:85a3:1:ffff::20')).toBe(home)
    expect(clientKey('2001:db8:85a3:2::10')).not.toBe(home)
    expect(clientKey('203.0.113.7')).not.toBe(clientKey('203.0.113.8'))
    expect(home).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  test('the key depends on LOOKUP_HASH_KEY, so it cannot be looked up without it', () => {
    const before = clientKey('203.0.113.7')
    const key = process.env.LOOKUP_HASH_KEY
    process.env.LOOKUP_HASH_KEY = randomBytes(32).toString('base64')
    expect(clientKey('203.0.113.7')).not.toBe(before)
    process.env.LOOKUP_HASH_KEY = key
  })
})

describe('the signed wait of the no-JavaScript way', () => {
  const fill = 'a1b2c3d4-fill'
  const at = new Date('2026-03-02T10:00:00Z')
  const later = (seconds: number) => new Date(at.getTime() + seconds * 1000)

  test(`asks to wait ${resendWaitSeconds} seconds, then lets the fill be sent`, () => {
    const token = waitToken(fill, at)
    expect(waitState(token, fill, at)).toEqual({ kind: 'early', secondsLeft: resendWaitSeconds })
    expect(waitState(token, fill, later(resendWaitSeconds - 3.5))).toEqual({
      kind: 'early',
      secondsLeft: 4,
    })
    expect(waitState(token, fill, later(resendWaitSeconds))).toEqual({ kind: 'ready' })
  })

  test('is worth nothing for another fill, changed, or after an hour', () => {
    const token = waitToken(fill, at)
    expect(waitState(token, 'another-fill', later(30))).toEqual({ kind: 'none' })
    const [from, until, signature] = token.split('.')
    expect(waitState(`${Number(from) - 60_000}.${until}.${signature}`, fill, later(1))).toEqual({
      kind: 'none',
    })
    expect(waitState(token, fill, later(resendWaitSeconds + 3600 + 1))).toEqual({ kind: 'none' })
    expect(waitState('', fill, at)).toEqual({ kind: 'none' })
    expect(waitState('1.2.3', fill, at)).toEqual({ kind: 'none' })
  })
})

describe('the proof of work', () => {
  const fill = '6f1c1f7e-9a53-4a35-8d7e-0d1f3b1c2a11'
  let challenge: Challenge
  let proof: string

  beforeAll(async () => {
    challenge = await challengeFor(fill, new Date())
    // What the island does with Web Crypto, here with Node's: the same derivation.
    const solution = await solveChallenge({ challenge, deriveKey })
    proof = encodeProof({
      challenge,
      solution: { counter: solution!.counter, derivedKey: solution!.derivedKey },
    })
  }, 30_000)

  test('is signed, expires, names its form fill, and sets real work', () => {
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/)
    expect(challenge.parameters).toMatchObject({
      algorithm: 'PBKDF2/SHA-256',
      cost: 1000,
      data: { fill },
    })
    expect(challenge.parameters.expiresAt! * 1000).toBeGreaterThan(Date.now() + 60 * 60 * 1000)
    expect(challenge.parameters.keyPrefix).toMatch(/^[0-9a-f]{32}$/) // half the key: no lucky guess
  })

  test('a solved challenge passes for its own fill only', async () => {
    expect(await isSolvedFor(proof, fill)).toBe(true)
    expect(await isSolvedFor(proof, 'another-fill')).toBe(false)
  })

  test('a wrong answer, a changed challenge or nonsense does not pass', async () => {
    const decoded = JSON.parse(Buffer.from(proof, 'base64').toString())
    // The derived key is the proof (the counter only says where it was found): one digit off fails.
    const key: string = decoded.solution.derivedKey
    const wrongAnswer = encodeProof({
      ...decoded,
      solution: {
        ...decoded.solution,
        derivedKey: `${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}`,
      },
    })
    const easier = encodeProof({
      ...decoded,
      challenge: { ...decoded.challenge, parameters: { ...decoded.challenge.parameters, cost: 1 } },
    })
    const otherFill = encodeProof({
      ...decoded,
      challenge: {
        ...decoded.challenge,
        parameters: { ...decoded.challenge.parameters, data: { fill: 'x' } },
      },
    })
    for (const bad of [
      wrongAnswer,
      easier,
      otherFill,
      '',
      'not base64 json',
      Buffer.from('{"challenge":{}}').toString('base64'),
    ]) {
      expect(await isSolvedFor(bad, fill), bad.slice(0, 40)).toBe(false)
    }
    expect(await isSolvedFor(otherFill, 'x')).toBe(false)
  })

  test('an expired challenge does not pass', async () => {
    const old = await challengeFor(fill, new Date(Date.now() - 3 * 60 * 60 * 1000))
    const solution = await solveChallenge({ challenge: old, deriveKey })
    expect(await isSolvedFor(encodeProof({ challenge: old, solution: solution! }), fill)).toBe(
      false,
    )
  }, 30_000)
})

test.each([
  ['sv', 10, '10 sekunder'],
  ['sv', 1, '1 sekund'],
  ['sv', 61, '61 sekunder'],
  ['sv', 3600, '60 minuter'],
  ['lattlast', 95, '2 minuter'],
  ['en', 600, '10 minutes'],
  ['en', 1, '1 second'],
] as const)('the wait said in %s for %i seconds: %s', (locale, seconds, text) =>
  expect(waitFor(locale, seconds)).toBe(text),
)
