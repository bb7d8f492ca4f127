import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

const base64 = (size: number) => randomBytes(size).toString('base64')

/** The outbox's sealed-box key pair: the site holds the public half, only the CMS the private one. */
const outboxKeyPair = () => {
  const { publicKey, privateKey } = generateKeyPairSync('x25519')
  return {
    OUTBOX_PUBLIC_KEY: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    OUTBOX_PRIVATE_KEY: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  }
}

/**
 * Every secret the system runs with, by environment variable, and how a development value is made.
 * README "Configuration" says what each one is for.
 */
const makers: Array<() => Record<string, string>> = [
  () => ({ PAYLOAD_SECRET: randomBytes(32).toString('hex') }),
  () => ({ SUBMIT_API_KEY: randomBytes(24).toString('hex') }),
  // `keyId:base64key[,keyId:base64key…]`: the first encrypts, all decrypt (see README "Keys").
  () => ({ DATA_ENCRYPTION_KEYS: `dev-${new Date().toISOString().slice(0, 10)}:${base64(32)}` }),
  () => ({ LOOKUP_HASH_KEY: base64(32) }),
  () => ({ CHALLENGE_HMAC_KEY: base64(32) }),
  // Signs the short-lived draft preview links; the CMS and the site both hold it.
  () => ({ PREVIEW_TOKEN_KEY: base64(32) }),
  outboxKeyPair,
]

/**
 * A new value for every secret a deployment needs, by environment variable (`npm run keys -- env`):
 * the system's own, the database password and the site's rebuild hook token.
 */
export const newDeploymentSecrets = (): Secrets => ({
  ...Object.assign({}, ...makers.map((make) => make())),
  POSTGRES_PASSWORD: randomBytes(24).toString('hex'),
  SITE_REBUILD_HOOK_TOKEN: randomBytes(24).toString('hex'),
})

/** The environment variables that hold secrets (a test system must not inherit the developer's). */
export const secretNames = makers.flatMap((make) => Object.keys(make()))

export type Process = 'cms' | 'site'

/**
 * Which process holds each secret. The site never holds what opens personal data (the data keys, the
 * outbox's private key) or signs staff sessions: a site taken over leaks nothing stored.
 */
export const secretHolders: Record<string, Process[]> = {
  PAYLOAD_SECRET: ['cms'],
  DATA_ENCRYPTION_KEYS: ['cms'],
  OUTBOX_PRIVATE_KEY: ['cms'],
  SUBMIT_API_KEY: ['cms', 'site'],
  // The CMS hashes residents' contact details with it, the site the clients it rate-limits.
  LOOKUP_HASH_KEY: ['cms', 'site'],
  PREVIEW_TOKEN_KEY: ['cms', 'site'],
  CHALLENGE_HMAC_KEY: ['site'],
  OUTBOX_PUBLIC_KEY: ['site'],
}

/** Every variable a process refuses to start, or cannot do its work, without (README "Configuration"). */
export const requiredVariables: Record<Process, string[]> = {
  cms: ['DATABASE_URL', 'CMS_URL', 'SITE_URL', ...secretsOf('cms')],
  site: ['CMS_URL', 'SITE_URL', 'OUTBOX_DIR', ...secretsOf('site')],
}

function secretsOf(process: Process) {
  return Object.keys(secretHolders).filter((name) => secretHolders[name].includes(process))
}

/** The environment without the secrets that `process` must not hold. */
export const withoutSecretsOf = (env: NodeJS.ProcessEnv, process: Process) =>
  Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !secretHolders[name] || secretHolders[name].includes(process),
    ),
  ) as NodeJS.ProcessEnv

export type Secrets = Record<string, string>

/**
 * Secrets for a local run: each one from the environment when set (production), otherwise made once
 * and kept in the git-ignored data folder so sessions, logins and encrypted data survive a restart.
 * `generated` names the ones made now.
 */
export const localSecrets = async (
  dataRoot: string,
): Promise<{ secrets: Secrets; generated: string[] }> => {
  const file = path.join(dataRoot, 'dev-secrets.json')
  const stored: Secrets = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : {}
  const secrets: Secrets = {}
  const generated: string[] = []
  for (const make of makers) {
    const made = make()
    const names = Object.keys(made)
    const fromEnv = names.every((name) => process.env[name])
    const kept = names.every((name) => stored[name])
    for (const name of names)
      secrets[name] = fromEnv ? process.env[name]! : kept ? stored[name] : made[name]
    if (!fromEnv && !kept) generated.push(...names)
  }
  if (generated.length > 0) {
    await mkdir(dataRoot, { recursive: true, mode: 0o755 })
    // Only what was made here: a secret from the environment never lands in a file.
    const made = Object.fromEntries(generated.map((name) => [name, secrets[name]]))
    await writeFile(file, JSON.stringify({ ...stored, ...made }, null, 2), { mode: 0o600 })
  }
  return { secrets, generated }
}
