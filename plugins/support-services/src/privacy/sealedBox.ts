import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto'

/**
 * A sealed box: anyone with the recipient's public key can seal, only the holder of the private key can
 * open. The site seals what it keeps in its outbox with the CMS's public key, so neither the site's
 * disk nor the site's own process can read a stored referral back.
 *
 * Construction (node:crypto only): an ephemeral X25519 key pair per box; ECDH with the recipient's
 * key; HKDF-SHA256 over the shared secret, salted with both public keys, gives a one-time AES-256-GCM
 * key. The header (version and the ephemeral public key) is authenticated as additional data.
 *
 * Layout: version (1 byte) · ephemeral public key (32) · nonce (12) · tag (16) · ciphertext.
 * Keys: the public key as base64 DER spki, the private key as base64 DER pkcs8 (OUTBOX_PUBLIC_KEY and
 * OUTBOX_PRIVATE_KEY, made by scripts/system/secrets.ts).
 */
const version = 1
const publicKeyBytes = 32
const nonceBytes = 12
const tagBytes = 16
const headerBytes = 1 + publicKeyBytes
const overheadBytes = headerBytes + nonceBytes + tagBytes
const info = Buffer.from('stodportalen sealed box v1')

export class SealedBoxError extends Error {}

/** The raw 32 bytes of an X25519 public key (from its JWK form, which carries exactly those). */
const rawPublicKey = (key: KeyObject) => Buffer.from(key.export({ format: 'jwk' }).x!, 'base64url')

const publicKeyFromRaw = (raw: Buffer) =>
  createPublicKey({
    key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') },
    format: 'jwk',
  })

const derive = (shared: Buffer, ephemeral: Buffer, recipient: Buffer) =>
  Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeral, recipient]), info, 32))

const x25519 = (key: KeyObject, role: string) => {
  if (key.asymmetricKeyType !== 'x25519')
    throw new SealedBoxError(`The ${role} key is not an X25519 key.`)
  return key
}

/** The recipient's public key from base64 DER spki. */
export const sealingKey = (spkiBase64: string) =>
  x25519(
    createPublicKey({ key: Buffer.from(spkiBase64, 'base64'), format: 'der', type: 'spki' }),
    'public',
  )

/** The recipient's private key from base64 DER pkcs8. */
export const openingKey = (pkcs8Base64: string) =>
  x25519(
    createPrivateKey({ key: Buffer.from(pkcs8Base64, 'base64'), format: 'der', type: 'pkcs8' }),
    'private',
  )

/** Seals `plaintext` so that only the holder of the private half of `recipient` can open it. */
export function seal(recipient: KeyObject, plaintext: Uint8Array): Buffer {
  const ephemeral = generateKeyPairSync('x25519')
  const ephemeralRaw = rawPublicKey(ephemeral.publicKey)
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient })
  const key = derive(shared, ephemeralRaw, rawPublicKey(recipient))
  const header = Buffer.concat([Buffer.from([version]), ephemeralRaw])
  const nonce = randomBytes(nonceBytes)
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(header)
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return Buffer.concat([header, nonce, cipher.getAuthTag(), ciphertext])
}

/** Opens a sealed box; throws SealedBoxError when it is malformed, altered or sealed to another key. */
export function open(recipient: KeyObject, box: Uint8Array): Buffer {
  const bytes = Buffer.from(box)
  if (bytes.length < overheadBytes || bytes[0] !== version)
    throw new SealedBoxError('Not a sealed box of a known version.')
  const header = bytes.subarray(0, headerBytes)
  const ephemeralRaw = bytes.subarray(1, headerBytes)
  const nonce = bytes.subarray(headerBytes, headerBytes + nonceBytes)
  const tag = bytes.subarray(headerBytes + nonceBytes, overheadBytes)
  try {
    const shared = diffieHellman({
      privateKey: recipient,
      publicKey: publicKeyFromRaw(ephemeralRaw),
    })
    const key = derive(shared, ephemeralRaw, rawPublicKey(createPublicKey(recipient)))
    const decipher = createDecipheriv('aes-256-gcm', key, nonce).setAAD(header).setAuthTag(tag)
    return Buffer.concat([decipher.update(bytes.subarray(overheadBytes)), decipher.final()])
  } catch {
    // One answer for every failure: which check failed is of no use to the sender.
    throw new SealedBoxError(
      'The sealed box could not be opened: altered, or sealed to another key.',
    )
  }
}
