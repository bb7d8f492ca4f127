import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  type KeyObject,
  randomBytes,
} from 'node:crypto'

/**
 * Field-level encryption of personal data at rest: AES-256-GCM with a fresh 96-bit IV per value, the
 * key's id stored beside the value so keys can be rotated, and the field's path as additional
 * authenticated data so a value cannot be moved to another field unnoticed.
 *
 * Stored form: `enc1:<keyId>:<base64url(iv ‖ tag ‖ ciphertext)>`.
 */
const prefix = 'enc1:'
const ivBytes = 12
const tagBytes = 16

export interface DataKey {
  id: string
  key: KeyObject
}

export interface DataKeys {
  /** Encrypts every new value. */
  active: DataKey
  /** Every key that may still be needed to read stored values, by id. */
  byId: Map<string, DataKey>
}

const keyIdPattern = /^[A-Za-z0-9_.-]{1,40}$/

/** A key object made once: handing crypto a raw Buffer makes it build one on every call. */
const decodeKey = (encoded: string, what: string) => {
  const key = Buffer.from(encoded, 'base64')
  if (key.length !== 32)
    throw new Error(`${what} must be 32 bytes in base64 (it is ${key.length} bytes).`)
  return createSecretKey(key)
}

/**
 * `DATA_ENCRYPTION_KEYS`: `keyId:base64key[,keyId:base64key…]`. The first key encrypts; every key
 * listed decrypts, so a new key goes first and the old ones stay until `npm run keys -- rotate` ran.
 */
export const parseDataKeys = (spec: string | undefined): DataKeys => {
  const entries = (spec ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (entries.length === 0)
    throw new Error(
      'DATA_ENCRYPTION_KEYS is empty: referrals cannot be stored without an encryption key.',
    )
  const keys = entries.map((entry) => {
    const [id, encoded, ...rest] = entry.split(':')
    if (!id || !keyIdPattern.test(id) || !encoded || rest.length > 0) {
      throw new Error(
        'DATA_ENCRYPTION_KEYS must be `keyId:base64key` entries separated by commas (key ids: letters, digits, . _ -).',
      )
    }
    return { id, key: decodeKey(encoded, `Encryption key "${id}"`) }
  })
  const byId = new Map(keys.map((k) => [k.id, k]))
  if (byId.size !== keys.length)
    throw new Error('DATA_ENCRYPTION_KEYS lists the same key id twice.')
  return { active: keys[0], byId }
}

export const isSealed = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(prefix)

/** The id of the key that sealed a stored value; undefined for a value stored before encryption. */
export const sealedKeyId = (value: string) =>
  isSealed(value) ? value.slice(prefix.length, value.indexOf(':', prefix.length)) : undefined

/** JSON must stay JSON in its column: a sealed JSON value is stored as `{ "sealed": "enc1:…" }`. */
export const sealedJson = (value: unknown): string | undefined => {
  const sealed =
    value && typeof value === 'object' ? (value as { sealed?: unknown }).sealed : undefined
  return isSealed(sealed) ? sealed : undefined
}

/**
 * Random bytes from the system's CSPRNG, drawn in blocks and handed out once each: a call to the CSPRNG
 * per 12-byte IV cost about as much as the encryption itself when an import seals 100,000 rows.
 * For IVs and the like, never for keys.
 */
export const pooledRandomBytes = (() => {
  const blockBytes = 4096
  let block = Buffer.alloc(0)
  let at = 0
  return (n: number): Buffer => {
    if (n > blockBytes / 8) return randomBytes(n)
    if (at + n > block.length) {
      // A new block each time: the slices handed out stay as they were.
      block = randomBytes(blockBytes)
      at = 0
    }
    at += n
    return block.subarray(at - n, at)
  }
})()

export interface FieldCipher {
  /** Encrypts with the active key; `context` is the field's path (bound into the tag). */
  seal: (plaintext: string, context: string) => string
  /** Decrypts a sealed value; a value stored before encryption was switched on is returned as it is. */
  open: (stored: string, context: string) => string
  /** Does this stored value need re-encrypting with the active key? */
  isStale: (stored: string) => boolean
  activeKeyId: string
}

export const fieldCipher = (keys: DataKeys): FieldCipher => ({
  activeKeyId: keys.active.id,
  seal(plaintext, context) {
    const iv = pooledRandomBytes(ivBytes)
    const cipher = createCipheriv('aes-256-gcm', keys.active.key, iv).setAAD(Buffer.from(context))
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
    return `${prefix}${keys.active.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`
  },
  open(stored, context) {
    if (!isSealed(stored)) return stored
    const keyId = sealedKeyId(stored)!
    const key = keys.byId.get(keyId)
    if (!key)
      throw new Error(
        `A stored value is encrypted with key "${keyId}", which DATA_ENCRYPTION_KEYS does not list.`,
      )
    const raw = Buffer.from(stored.slice(prefix.length + keyId.length + 1), 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', key.key, raw.subarray(0, ivBytes)).setAAD(
      Buffer.from(context),
    )
    decipher.setAuthTag(raw.subarray(ivBytes, ivBytes + tagBytes))
    return Buffer.concat([
      decipher.update(raw.subarray(ivBytes + tagBytes)),
      decipher.final(),
    ]).toString('utf8')
  },
  isStale: (stored) => sealedKeyId(stored) !== keys.active.id,
})

/**
 * Equality lookups without the plaintext (duplicate detection): an HMAC-SHA256 of the normalised
 * value under `LOOKUP_HASH_KEY`, with the kind of value bound in so a phone number and an e-mail
 * address never share a hash.
 */
export type LookupHasher = (kind: string, normalised: string) => string

export const lookupHasher = (encodedKey: string | undefined): LookupHasher => {
  if (!encodedKey) throw new Error('LOOKUP_HASH_KEY is not set: duplicate detection needs it.')
  const key = decodeKey(encodedKey, 'LOOKUP_HASH_KEY')
  return (kind, normalised) =>
    createHmac('sha256', key).update(`${kind}\u0000${normalised}`).digest('base64url')
}
