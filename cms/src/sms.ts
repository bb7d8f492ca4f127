import type { SmsAdapter, SmsMessage } from '@stodportalen/support-services'
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** An SMS provider's refusal: the HTTP status only (its body may quote the number). */
class SmsProviderError extends Error {
  constructor(readonly code: string) {
    super(`The SMS provider answered ${code}.`)
    this.name = 'SmsProviderError'
  }
}

/**
 * A provider over HTTP: one JSON POST per message, `{ from, to: [number], body }` with the key as a
 * bearer token (the shape of Sinch's SMS REST API, `…/xms/v1/<plan>/batches`; see README "After
 * sending"). Swedish numbers are sent in international form. Any 2xx is sent; anything else throws.
 */
const http = (url: string, key: string, from: string): SmsAdapter => ({
  name: 'http',
  send: async ({ to, text }) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
      body: JSON.stringify({ from, to: [international(to)], body: text }),
      signal: AbortSignal.timeout(15_000),
    })
    await response.body?.cancel()
    if (!response.ok) throw new SmsProviderError(`HTTP ${response.status}`)
  },
})

/** `0701234567` → `+46701234567`; a number that already has its country code is kept. */
export const international = (phone: string) =>
  phone.startsWith('+')
    ? phone
    : phone.startsWith('00')
      ? `+${phone.slice(2)}`
      : `+46${phone.replace(/^0/, '')}`

/**
 * The development inbox: every SMS becomes a JSON file (`to`, `from`, `text`, `at`). The log line
 * names the file only, never the number or the text.
 */
const inbox = (dir: string, from: string): SmsAdapter => ({
  name: 'inbox',
  send: async ({ to, text }: SmsMessage, payload: Payload) => {
    await mkdir(dir, { recursive: true })
    const file = path.join(
      dir,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.json`,
    )
    await writeFile(
      file,
      `${JSON.stringify({ to, from, text, at: new Date().toISOString() }, null, 2)}\n`,
    )
    payload.logger.info(`SMS written to ${file}`)
  },
})

/**
 * The SMS adapter from the environment: `SMS_PROVIDER_URL` with `SMS_API_KEY` (and `SMS_FROM`, the
 * sender name) for a real provider, otherwise the development inbox in `SMS_DIR` (`npm start` sets
 * it), otherwise none: SMS updates are then recorded as not sent. Read once, at start.
 */
export const smsAdapter = (
  env: Record<string, string | undefined> = process.env,
): SmsAdapter | undefined => {
  const from = env.SMS_FROM?.trim() || 'Stodportal'
  if (env.SMS_PROVIDER_URL) {
    if (!env.SMS_API_KEY) throw new Error('SMS_PROVIDER_URL is set but SMS_API_KEY is not.')
    return http(env.SMS_PROVIDER_URL, env.SMS_API_KEY, from)
  }
  return env.SMS_DIR ? inbox(env.SMS_DIR, from) : undefined
}
