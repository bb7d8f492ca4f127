import { describe, expect, test } from 'vitest'

import { secureCookies } from '../../cms/src/auth/cookies'
import {
  minPasswordLength,
  passwordMessages,
  passwordProblem,
} from '../../cms/src/auth/passwordPolicy'

describe('password rules', () => {
  test.each([
    ['elva tecken', 'x@example.org', passwordMessages.tooShort],
    ['x'.repeat(257), 'x@example.org', passwordMessages.tooLong],
    ['intag.ips@stodportalen.example', 'intag.ips@stodportalen.example', passwordMessages.isEmail],
    ['Intag.IPS.Kommunen', 'intag.ips.kommunen@stodportalen.example', passwordMessages.isEmail],
    ['Sommar2024!!', 'x@example.org', passwordMessages.tooCommon],
    ['!!Lösenord2026', 'x@example.org', passwordMessages.tooCommon],
    ['123456789012', 'x@example.org', passwordMessages.tooCommon],
    ['abcdefghijkl', 'x@example.org', passwordMessages.tooCommon],
    ['abababababab', 'x@example.org', passwordMessages.tooCommon],
  ])('%s is refused', (password, email, message) => {
    expect(passwordProblem(password, email)).toBe(message)
  })

  test.each([
    ['gröna äpplen i regnet', 'x@example.org'],
    ['demo-admin-2026', 'admin@stodportalen.example'],
    ['demo-intag-se-2026', 'intag.se@stodportalen.example'],
    ['0123456789ab', undefined],
  ])('%s is accepted', (password, email) => {
    expect(passwordProblem(password, email)).toBeNull()
  })

  test(`the messages are Swedish and name the length (${minPasswordLength})`, () => {
    expect(passwordMessages.tooShort).toContain(`minst ${minPasswordLength} tecken`)
  })
})

describe('secure session cookies', () => {
  test.each([
    ['https://cms.kommun.se', true],
    ['http://cms.kommun.se', true],
    [undefined, true],
    ['http://localhost:3000', false],
    ['http://127.0.0.1:4000', false],
  ])('admin at %s → Secure %s', (url, secure) => {
    expect(secureCookies(url)).toBe(secure)
  })
})
