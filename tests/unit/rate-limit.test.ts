import { describe, expect, test } from 'vitest'

import {
  isClientKey,
  rateLimitFromText,
} from '../../plugins/support-services/src/operations/rateLimit'
import { resolveSubmitLimits } from '../../plugins/support-services/src/sanitizeOptions'

describe('limits written as configuration', () => {
  test.each([
    ['5/10m', { max: 5, windowSeconds: 600 }],
    ['30/1m', { max: 30, windowSeconds: 60 }],
    ['100 / 30s', { max: 100, windowSeconds: 30 }],
    ['2/1h', { max: 2, windowSeconds: 3600 }],
  ])('%s', (text, limit) => expect(rateLimitFromText(text)).toEqual(limit))

  test('off turns a limit off, unset keeps the default', () => {
    expect(rateLimitFromText('off')).toBe(false)
    expect(rateLimitFromText(undefined)).toBeUndefined()
    expect(rateLimitFromText('  ')).toBeUndefined()
  })

  test.each(['5', '5/10', '0/1m', '5/0m', '5/10d', 'five/1m', '-1/1m', '5/10m,'])(
    '%s is refused with the variable named',
    (text) => {
      expect(() => rateLimitFromText(text, 'SUBMIT_LIMIT_GLOBAL')).toThrow(
        /SUBMIT_LIMIT_GLOBAL: .* is not a limit/,
      )
    },
  )
})

describe('the plugin option', () => {
  test('defaults: 5 per client per 10 minutes, 30 a minute in all', () => {
    expect(resolveSubmitLimits()).toEqual({
      perClient: { max: 5, windowSeconds: 600 },
      global: { max: 30, windowSeconds: 60 },
    })
  })

  test('false turns one off, the other keeps its default', () => {
    expect(resolveSubmitLimits({ perClient: false })).toEqual({
      perClient: null,
      global: { max: 30, windowSeconds: 60 },
    })
  })

  test('a limit that is not whole numbers above zero stops the start', () => {
    expect(() => resolveSubmitLimits({ global: { max: 0.5, windowSeconds: 60 } })).toThrow(
      /submitLimits.global/,
    )
  })
})

test('a client key is a keyed hash in base64url, never an address', () => {
  expect(isClientKey('q2Xk0v5l3b9JmN8sR1tY4wZ7aC6dE0fG1hI2jK3lM4n')).toBe(true)
  expect(isClientKey('192.168.1.20')).toBe(false)
  expect(isClientKey('2001:db8::1')).toBe(false)
  expect(isClientKey('short')).toBe(false)
})
