import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { demoUsers } from '@stodportalen/seed'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { passwordMessages } from '../../cms/src/auth/passwordPolicy'
import { lockTimeMs, maxLoginAttempts, sessionSeconds } from '../../cms/src/collections/Users'
import { maxSessionHours } from '../../cms/src/hooks/limitSessionAge'
import { drizzleRunner } from '../../plugins/support-services/src/operations/sql'
import { cmsUrl, login, testPayload } from '../support/cms'

/**
 * Staff accounts over REST against the running CMS: lockout after repeated failed logins and unlock
 * when the lock time has passed, the password rules on create, update and reset, and sessions that
 * end on the server. Each test uses an account of its own (never a demo account other files log in with).
 */

let payload: Payload
let unique: string
const goodPassword = 'gröna äpplen i regnet 2031'

const rows = async (query: ReturnType<typeof sql>) => (await drizzleRunner(payload)(query)).rows
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
const tryLogin = (email: string, password: string) => post('/api/users/login', { email, password })
/** Every message in a Payload error answer, field errors included. */
const messagesOf = async (response: Response) => {
  const body = (await response.json()) as {
    errors?: { message: string; data?: { errors?: { message: string }[] } }[]
  }
  return (body.errors ?? []).flatMap((e) => [
    e.message,
    ...(e.data?.errors ?? []).map((f) => f.message),
  ])
}

let accounts = 0
const account = async () => {
  accounts += 1
  const email = `konto-${accounts}-${unique}@stodportalen.example`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: goodPassword, name: `Kontotest ${accounts}`, role: 'intake' } as never,
  })
  return { id: user.id as number, email }
}

beforeAll(async () => {
  payload = await testPayload()
  unique = Date.now().toString(36)
})

afterAll(async () => {
  await rows(sql`DELETE FROM users WHERE email LIKE ${`%-${unique}@stodportalen.example`}`)
})

describe('lockout after repeated failed logins', () => {
  test(`${maxLoginAttempts} wrong passwords lock the account, even against the right one; it opens when the lock time has passed`, async () => {
    const { id, email } = await account()
    for (let i = 1; i < maxLoginAttempts; i++)
      expect((await tryLogin(email, 'fel lösenord helt klart')).status).toBe(401)
    const before = Date.now()
    expect((await tryLogin(email, 'fel lösenord helt klart')).status).toBe(401)
    const after = Date.now()

    const locked = await tryLogin(email, goodPassword)
    expect(locked.status).toBe(401)
    expect(await messagesOf(locked)).toContain(
      'Den här användaren är låst på grund av för många misslyckade inloggningsförsök.',
    )
    const [lock] = await rows(sql`SELECT lock_until, login_attempts FROM users WHERE id = ${id}`)
    const until = new Date(lock.lock_until as string).getTime()
    expect(until).toBeGreaterThanOrEqual(before + lockTimeMs - 1000)
    expect(until).toBeLessThanOrEqual(after + lockTimeMs + 1000)

    // The lock time has passed (moved back rather than waited for): the right password works again.
    await rows(sql`UPDATE users SET lock_until = now() - interval '1 second' WHERE id = ${id}`)
    expect((await tryLogin(email, goodPassword)).status).toBe(200)
    const [open] = await rows(
      sql`SELECT lock_until, login_attempts::int AS attempts FROM users WHERE id = ${id}`,
    )
    expect(open).toMatchObject({ lock_until: null, attempts: 0 })
  })
})

describe('password rules, with a message in Swedish', () => {
  const weak = [
    { password: 'kort-2031', message: passwordMessages.tooShort },
    { password: 'Sommar2024!!!', message: passwordMessages.tooCommon },
    { password: '123456789012', message: passwordMessages.tooCommon },
    { password: 'aaaaaaaaaaaaaaaa', message: passwordMessages.tooCommon },
  ]

  test('an admin creating an account', async () => {
    const admin = demoUsers.find((u) => u.role === 'admin')!
    const auth = await login(admin.email, admin.password)
    for (const { password, message } of weak) {
      const response = await post(
        '/api/users',
        { email: `ny-${unique}@stodportalen.example`, password, name: 'Ny', role: 'intake' },
        auth,
      )
      expect(response.status, password).toBe(400)
      expect(await messagesOf(response), password).toContain(message)
    }
    const email = `ny-${unique}@stodportalen.example`
    const asEmail = await post(
      '/api/users',
      { email, password: email, name: 'Ny', role: 'intake' },
      auth,
    )
    expect(await messagesOf(asEmail)).toContain(passwordMessages.isEmail)
    expect(
      (
        await post(
          '/api/users',
          { email, password: goodPassword, name: 'Ny', role: 'intake' },
          auth,
        )
      ).status,
    ).toBe(201)
  })

  test('staff changing their own password', async () => {
    const { id, email } = await account()
    const auth = await login(email, goodPassword)
    const change = (password: string) =>
      fetch(`${cmsUrl()}/api/users/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ password }),
      })
    for (const { password, message } of weak) {
      const response = await change(password)
      expect(response.status, password).toBe(400)
      expect(await messagesOf(response), password).toContain(message)
    }
    expect(await messagesOf(await change(email.toUpperCase()))).toContain(passwordMessages.isEmail)
    expect((await change('en helt annan fras 2032')).status).toBe(200)
    expect((await tryLogin(email, 'en helt annan fras 2032')).status).toBe(200)
  })

  test('a password reset', async () => {
    const { email } = await account()
    const resetWith = async (password: string) => {
      const token = await payload.forgotPassword({
        collection: 'users',
        data: { email },
        disableEmail: true,
      })
      return post('/api/users/reset-password', { token, password })
    }
    for (const { password, message } of weak) {
      const response = await resetWith(password)
      expect(response.status, password).toBe(400)
      expect(await messagesOf(response), password).toContain(message)
    }
    expect(await messagesOf(await resetWith(email))).toContain(passwordMessages.isEmail)
    expect((await resetWith('nytt lösenord efter återställning')).status).toBe(200)
    expect((await tryLogin(email, 'nytt lösenord efter återställning')).status).toBe(200)
  })
})

describe('sessions', () => {
  test(`last ${sessionSeconds / 60} minutes without activity, live on the server, and end at logout`, async () => {
    const { id, email } = await account()
    const response = await tryLogin(email, goodPassword)
    const { token } = (await response.json()) as { token: string }
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as {
      exp: number
      iat: number
      sid?: string
    }
    expect(claims.exp - claims.iat).toBe(sessionSeconds)
    expect(claims.sid, 'a server-side session id in the token').toBeTruthy()
    const [session] = await rows(
      sql`SELECT id, created_at, expires_at FROM users_sessions WHERE _parent_id = ${id}`,
    )
    expect(session.id).toBe(claims.sid)
    expect(
      new Date(session.expires_at as string).getTime() -
        new Date(session.created_at as string).getTime(),
    ).toBe(sessionSeconds * 1000)

    // The cookie the admin uses: not readable by scripts, not sent on cross-site requests; `Secure` is
    // left out only because this system's admin runs on http://localhost.
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).not.toMatch(/;\s*Secure/i)

    const auth = { Authorization: `JWT ${token}` }
    const me = async () =>
      (
        (await (await fetch(`${cmsUrl()}/api/users/me`, { headers: auth })).json()) as {
          user: { id: number } | null
        }
      ).user
    expect((await me())?.id).toBe(id)
    expect((await post('/api/users/logout', {}, auth)).status).toBe(200)
    expect(await me(), 'the same token after logout').toBeNull()
  })

  test(`are renewed while staff work, but not after ${maxSessionHours} hours`, async () => {
    const { id, email } = await account()
    const { token } = (await (await tryLogin(email, goodPassword)).json()) as { token: string }
    const refresh = () => post('/api/users/refresh-token', {}, { Authorization: `JWT ${token}` })
    expect((await refresh()).status).toBe(200)
    await rows(
      sql`UPDATE users_sessions SET created_at = now() - make_interval(hours => ${maxSessionHours}, mins => 1) WHERE _parent_id = ${id}`,
    )
    const refused = await refresh()
    expect(refused.status).toBe(401)
    expect(await messagesOf(refused)).toContain(
      `Inloggningen förnyas inte efter ${maxSessionHours} timmar. Logga in igen.`,
    )
  })
})
