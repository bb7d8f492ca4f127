import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface Secrets {
  payloadSecret: string
  submitKey: string
}

/**
 * Secrets for a local run: each one from the environment when set (production), otherwise made once
 * and kept in the git-ignored data folder so sessions and logins survive a restart.
 */
export const localSecrets = async (dataRoot: string): Promise<Secrets & { generated: boolean }> => {
  const file = path.join(dataRoot, 'dev-secrets.json')
  const stored = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Secrets) : undefined
  const secrets: Secrets = {
    payloadSecret: process.env.PAYLOAD_SECRET || stored?.payloadSecret || randomBytes(32).toString('hex'),
    submitKey: process.env.SUBMIT_API_KEY || stored?.submitKey || randomBytes(24).toString('hex'),
  }
  const generated = !stored && !(process.env.PAYLOAD_SECRET && process.env.SUBMIT_API_KEY)
  if (generated) {
    await mkdir(dataRoot, { recursive: true, mode: 0o755 })
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  }
  return { ...secrets, generated }
}
