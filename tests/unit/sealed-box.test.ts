import {
  open,
  openingKey,
  seal,
  SealedBoxError,
  sealingKey,
} from '@stodportalen/support-services/sealed-box'
import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'

/** A key pair in the form the environment carries it (OUTBOX_PUBLIC_KEY, OUTBOX_PRIVATE_KEY). */
const keyPair = () => {
  const { publicKey, privateKey } = generateKeyPairSync('x25519')
  return {
    public: sealingKey(publicKey.export({ format: 'der', type: 'spki' }).toString('base64')),
    private: openingKey(privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')),
  }
}

const cms = keyPair()
const message = Buffer.from(
  JSON.stringify({
    name: 'Testa Testsson',
    phone: '070-123 45 67',
    message: 'Jag vill börja arbeta.',
  }),
)

describe('sealed box', () => {
  it('opens to exactly what was sealed, and holds none of it in clear', () => {
    const box = seal(cms.public, message)
    expect(open(cms.private, box).equals(message)).toBe(true)
    expect(box.includes(Buffer.from('Testsson'))).toBe(false)
    expect(box.includes(Buffer.from('070-123'))).toBe(false)
  })

  it('seals the same message differently each time (a fresh key per box)', () => {
    expect(seal(cms.public, message).equals(seal(cms.public, message))).toBe(false)
  })

  it('opens an empty message', () => {
    expect(open(cms.private, seal(cms.public, Buffer.alloc(0))).length).toBe(0)
  })

  it('refuses a box with any single byte altered: header, nonce, tag or ciphertext', () => {
    const box = seal(cms.public, message)
    for (let at = 0; at < box.length; at++) {
      const altered = Buffer.from(box)
      altered[at] ^= 0x01
      expect(() => open(cms.private, altered), `byte ${at} altered`).toThrow(SealedBoxError)
    }
  })

  it('refuses a truncated or lengthened box', () => {
    const box = seal(cms.public, message)
    for (const cut of [0, 1, 33, 45, 61, box.length - 1])
      expect(() => open(cms.private, box.subarray(0, cut))).toThrow(SealedBoxError)
    expect(() => open(cms.private, Buffer.concat([box, Buffer.from([0])]))).toThrow(SealedBoxError)
  })

  it('cannot be opened with another private key', () => {
    const box = seal(cms.public, message)
    expect(() => open(keyPair().private, box)).toThrow(SealedBoxError)
  })

  it('refuses keys that are not X25519', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519')
    expect(() =>
      sealingKey(publicKey.export({ format: 'der', type: 'spki' }).toString('base64')),
    ).toThrow(SealedBoxError)
    expect(() =>
      openingKey(privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')),
    ).toThrow(SealedBoxError)
  })
})
