import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface Secrets {
  payloadSecret: string
  submitKey: string
}

/**
 * Secrets for a local run: taken from the environment when set (production), otherwise made once
 * and kept in the git-ignored data folder so sessions and logins survive a restart.
 */
export const localSecrets = async (dataRoot: string): Promise<Secrets & { generated: boolean }> => {
  if (process.env.PAYLOAD_SECRET && process.env.SUBMIT_API_KEY) {
    return { payloadSecret: process.env.PAYLOAD_SECRET, submitKey: process.env.SUBMIT_API_KEY, generated: false }
  }
  const file = path.join(dataRoot, 'dev-secrets.json')
  if (existsSync(file)) return { ...(JSON.parse(await readFile(file, 'utf8')) as Secrets), generated: false }
  const secrets: Secrets = {
    payloadSecret: randomBytes(32).toString('hex'),
    submitKey: randomBytes(24).toString('hex'),
  }
  await mkdir(dataRoot, { recursive: true, mode: 0o755 })
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return { ...secrets, generated: true }
}
