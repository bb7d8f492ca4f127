import { open, openingKey } from '@stodportalen/support-services/sealed-box'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  claim,
  outboxCounts,
  putInOutbox,
  referenceOf,
  returnStaleClaims,
  waitingItems,
} from '../../site/src/lib/outbox'

/** The site's outbox on a real folder: sealing, durable writes, and taking items by rename. */
const keys = generateKeyPairSync('x25519')
const publicKey = keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64')
const privateKey = openingKey(
  keys.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
)

const letter = (reference: string) => ({
  queuedAt: '2026-11-22T10:00:00.000Z',
  submission: {
    service: 'ips',
    answers: { name: 'Testa Testsson', phone: '070-174 06 42' },
    idempotencyKey: 'abcdefgh12',
    reference,
  },
})

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'outbox-unit-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the outbox', () => {
  it('keeps a letter sealed: only the private key opens it, and the name says only the reference', async () => {
    const name = await putInOutbox({ dir, publicKey }, letter('K7M4-Q9TR-XB3'))
    expect(await waitingItems(dir)).toEqual([name])
    expect(referenceOf(name)).toBe('K7M4-Q9TR-XB3')
    const bytes = await readFile(path.join(dir, name))
    expect(bytes.includes(Buffer.from('Testsson'))).toBe(false)
    expect(JSON.parse(open(privateKey, bytes).toString())).toEqual(letter('K7M4-Q9TR-XB3'))
    expect(await readdir(path.join(dir, '.incoming'))).toEqual([])
  })

  it('lists letters oldest first and ignores anything else in the folder', async () => {
    const first = await putInOutbox(
      { dir, publicKey },
      { ...letter('K7M4-Q9TR-XB3'), queuedAt: '2026-11-22T09:00:00.000Z' },
    )
    const second = await putInOutbox({ dir, publicKey }, letter('K7M4-Q9TR-XB3'))
    expect(await waitingItems(dir)).toEqual([first, second])
  })

  it('gives an item to exactly one of several processes that claim it at once', async () => {
    const name = await putInOutbox({ dir, publicKey }, letter('K7M4-Q9TR-XB3'))
    const claims = await Promise.all(Array.from({ length: 8 }, () => claim(dir, name)))
    expect(claims.filter((c) => c !== null)).toHaveLength(1)
    expect(await outboxCounts(dir)).toEqual({ waiting: 0, claimed: 1, dead: 0 })
  })

  it('puts a released item back, removes a delivered one, and moves a refused one aside', async () => {
    const [a, b, c] = [
      await putInOutbox({ dir, publicKey }, letter('K7M4-Q9TR-XB3')),
      await putInOutbox({ dir, publicKey }, letter('K7M4-Q9TR-XB3')),
      await putInOutbox({ dir, publicKey }, letter('K7M4-Q9TR-XB3')),
    ]
    await (await claim(dir, a))!.release()
    await (await claim(dir, b))!.done()
    await (await claim(dir, c))!.bury()
    expect(await waitingItems(dir)).toEqual([a])
    expect(await readdir(path.join(dir, 'dead'))).toEqual([c])
    expect(await outboxCounts(dir)).toEqual({ waiting: 1, claimed: 0, dead: 1 })
  })

  it('returns claims left by a process that stopped mid-delivery, and only those', async () => {
    const old = await putInOutbox({ dir, publicKey }, letter('K7M4-Q9TR-XB3'))
    const fresh = await putInOutbox({ dir, publicKey }, letter('K7M4-Q9TR-XB3'))
    const now = Date.now()
    await claim(dir, old, now - 120_000)
    await claim(dir, fresh, now)
    expect(await returnStaleClaims(dir, 60_000, now)).toBe(1)
    expect(await waitingItems(dir)).toEqual([old])
  })

  it('fails loudly when it cannot write (then the resident is not told "received")', async () => {
    await expect(
      putInOutbox({ dir: '/dev/null/outbox', publicKey }, letter('K7M4-Q9TR-XB3')),
    ).rejects.toThrow()
  })
})
