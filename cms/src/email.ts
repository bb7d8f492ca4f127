import type { EmailAdapter, Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type SendMailOptions } from 'nodemailer'

type Deliver = (message: SendMailOptions) => Promise<unknown>

/** `MAIL_FROM` as `Name <address>` or a bare address. */
const sender = (value: string | undefined) => {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value ?? '')
  if (match) return { name: match[1] || 'Stödportalen', address: match[2] }
  return { name: 'Stödportalen', address: value?.trim() || 'no-reply@stodportalen.example' }
}

const smtp = (env: NodeJS.ProcessEnv): Deliver => {
  const secure = env.SMTP_SECURE === 'true'
  const transport = nodemailer.createTransport({
    // A burst of referrals shares a few connections instead of opening one each.
    pool: true,
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT || (secure ? 465 : 587)),
    secure,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
    // Nobody waits for these messages; the limits only decide how soon a dead server counts as failed.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  })
  return (message) => transport.sendMail(message)
}

/**
 * The development inbox: every message becomes an .eml file (any mail program opens it). The log line
 * names the file only, never the recipient or the content.
 */
const inbox = (dir: string, payload: Payload): Deliver => {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true })
  return async (message) => {
    const { message: raw } = await transport.sendMail(message)
    await mkdir(dir, { recursive: true })
    const file = path.join(
      dir,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`,
    )
    await writeFile(file, raw as Buffer)
    payload.logger.info(`E-mail written to ${file}`)
  }
}

/** Payload's own fallback would log each recipient and subject; this one says only that nothing was sent. */
const nowhere = (payload: Payload): Deliver => {
  const warning =
    'E-mail is not configured (SMTP_HOST, or MAIL_DIR for a local inbox): messages are not sent.'
  payload.logger.warn(warning)
  return async () => payload.logger.warn(warning)
}

/**
 * Payload's e-mail adapter on nodemailer: SMTP when `SMTP_HOST` is set, otherwise the development
 * inbox in `MAIL_DIR` (`npm start` sets it), otherwise nothing is sent. Read once, at start.
 */
export const emailAdapter =
  (env: NodeJS.ProcessEnv = process.env): EmailAdapter =>
  ({ payload }) => {
    const from = sender(env.MAIL_FROM)
    const deliver = env.SMTP_HOST
      ? smtp(env)
      : env.MAIL_DIR
        ? inbox(env.MAIL_DIR, payload)
        : nowhere(payload)
    return {
      name: 'nodemailer',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: (message) => deliver({ ...message, from: message.from ?? from }),
    }
  }
