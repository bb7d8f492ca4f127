import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import {
  type DataKey,
  fieldCipher,
  lookupHasher,
  parseDataKeys,
  rotateFieldEncryption,
  submitReferral,
} from '@stodportalen/support-services'
import { randomBytes, randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'

import { validIpsAnswers } from '../support/answers'
import { testPayload } from '../support/cms'

let payload: Payload
const query = async (statement: ReturnType<typeof sql>) =>
  (
    await (
      payload.db as unknown as {
        drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, any>[] }> }
      }
    ).drizzle.execute(statement)
  ).rows

/** A person no other test uses, with every personal field filled in. Synthetic data. */
const person = (tag: string) => ({
  ...validIpsAnswers,
  name: `Krypto ${tag} Provsson`,
  phone: `0731${tag.padStart(6, '0')}`,
  email: `krypto.${tag}@example.org`,
  dateOfBirth: '1988-03-09',
  bestTimeToContact: `Förmiddagar ${tag}`,
  message: `Hemligt meddelande ${tag}`,
  referrerKind: 'professional',
  referrerOrganisation: 'Psykiatrimottagning Syd',
  referrerName: `Anhörig ${tag}`,
  referrerPhone: `0732${tag.padStart(6, '0')}`,
  referrerEmail: `anhorig.${tag}@example.org`,
  currentActivity: `Praktik hos Verkstad ${tag}`,
})

const submit = async (answers: Record<string, unknown>) => {
  const result = await submitReferral(
    payload,
    { service: 'ips', locale: 'sv', answers, idempotencyKey: randomUUID() },
    { randomBytes },
  )
  if (!result.ok) throw new Error(`Refused: ${JSON.stringify(result.errors)}`)
  return result.reference
}

/** A column's stored value; JSON columns hold `{ sealed }`. */
const sealedValue = (stored: unknown) =>
  typeof stored === 'string' ? stored : (stored as { sealed?: string } | null)?.sealed

const rowOf = async (reference: string) =>
  (await query(sql`SELECT * FROM referrals WHERE reference = ${reference}`))[0]

const personalColumns = [
  'applicant_name',
  'applicant_phone',
  'applicant_email',
  'applicant_date_of_birth',
  'applicant_best_time_to_contact',
  'applicant_message',
  'referrer_name',
  'referrer_phone',
  'referrer_email',
  'custom_answers',
]

beforeAll(async () => {
  payload = await testPayload()
})

describe('personal data at rest', () => {
  test('every personal field of a referral and its history is ciphertext in the database, and plain through Payload', async () => {
    const answers = person('101')
    const reference = await submit(answers)
    const row = await rowOf(reference)
    for (const column of personalColumns)
      expect(sealedValue(row[column]), column).toMatch(/^enc1:[\w.-]+:[\w-]+$/)

    const note = `Ringde ${answers.name} på ${answers.phone}`
    const [admin] = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'admin@stodportalen.example' } },
        overrideAccess: true,
      })
    ).docs
    const user = { ...admin, collection: 'users' } as never
    await payload.create({
      collection: 'referral-events',
      data: { referral: row.id, type: 'note', note } as never,
      overrideAccess: false,
      user,
    })
    await payload.update({
      collection: 'referrals',
      id: row.id,
      data: { status: 'screened', statusReason: note } as never,
      overrideAccess: false,
      user,
    })

    // What a dump of the database would show: no name, contact detail, date of birth or free text.
    const dump = JSON.stringify([
      await query(sql`SELECT * FROM referrals WHERE id = ${row.id}`),
      await query(sql`SELECT * FROM referral_events WHERE referral_id = ${row.id}`),
    ])
    for (const secret of [
      answers.name,
      '0731000101',
      answers.email,
      answers.dateOfBirth,
      answers.bestTimeToContact,
      answers.message,
      answers.referrerName,
      answers.referrerEmail,
      answers.currentActivity,
      'Ringde',
    ]) {
      expect(dump, `"${secret}" in clear`).not.toContain(secret)
    }

    const stored = (
      await payload.find({
        collection: 'referrals',
        where: { reference: { equals: reference } },
        overrideAccess: true,
      })
    ).docs[0]
    expect(stored.applicant).toMatchObject({
      name: answers.name,
      email: answers.email,
      dateOfBirth: answers.dateOfBirth,
      message: answers.message,
    })
    expect(stored.referrer).toMatchObject({
      name: answers.referrerName,
      email: answers.referrerEmail,
    })
    expect(stored.customAnswers).toEqual({
      hasJobOrStudies: true,
      currentActivity: answers.currentActivity,
    })
    const events = await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: row.id } },
      sort: 'at',
      overrideAccess: true,
    })
    expect(events.docs.map((e) => e.note ?? e.reason)).toContain(note)
    expect(events.docs.find((e) => e.type === 'statusChange')?.reason).toBe(note)
  })

  test('the seeded referrals are stored encrypted too', async () => {
    const [plain] = await query(
      sql`SELECT count(*)::int AS n FROM referrals WHERE applicant_name NOT LIKE 'enc1:%'`,
    )
    expect(plain.n).toBe(0)
  })

  test('a value moved to another field or altered does not decrypt', async () => {
    const reference = await submit(person('102'))
    const { id, applicant_name: name } = await rowOf(reference)
    await query(sql`UPDATE referrals SET applicant_message = ${name} WHERE id = ${id}`)
    await expect(
      payload.findByID({ collection: 'referrals', id, overrideAccess: true }),
    ).rejects.toThrow()
    await query(sql`UPDATE referrals SET applicant_message = NULL WHERE id = ${id}`)
  })
})

describe('duplicate detection on keyed hashes', () => {
  test('the same phone, e-mail, or name with date of birth is found; the database holds only hashes', async () => {
    const first = await rowOf(await submit(person('201')))
    expect(first.person_lookup_phone).toMatch(/^[\w-]{43}$/)
    expect(JSON.stringify(first)).not.toContain('0731000201')

    const samePhone = await rowOf(await submit({ ...person('202'), phone: '0731000201' }))
    const sameEmail = await rowOf(
      await submit({ ...person('203'), email: 'KRYPTO.201@example.org' }),
    )
    const sameName = await rowOf(
      await submit({ ...person('204'), name: '  krypto 201   PROVSSON' }),
    )
    const stranger = await rowOf(await submit({ ...person('205'), dateOfBirth: '1970-01-01' }))
    const duplicatesOf = async (id: number) =>
      (
        await query(
          sql`SELECT referrals_id AS id FROM referrals_rels WHERE parent_id = ${id} AND path = 'possibleDuplicates'`,
        )
      ).map((r) => r.id)
    for (const later of [samePhone, sameEmail, sameName])
      expect(await duplicatesOf(later.id)).toContain(first.id)
    expect(await duplicatesOf(stranger.id)).not.toContain(first.id)
  })

  test('a correction by staff renews the hashes', async () => {
    const row = await rowOf(await submit(person('301')))
    await payload.update({
      collection: 'referrals',
      id: row.id,
      data: { applicant: { phone: '0731999301' } } as never,
      overrideAccess: true,
    })
    const corrected = await rowOf(row.reference)
    expect(corrected.person_lookup_phone).not.toBe(row.person_lookup_phone)
    expect(corrected.person_lookup_name_and_birth).toBe(row.person_lookup_name_and_birth)
  })
})

describe('key rotation', () => {
  // The test system runs with two keys, as a deployment does while it rotates: the first encrypts,
  // the second ("standby") is already listed, so every process reads what the rotation writes.
  const running = () => parseDataKeys(process.env.DATA_ENCRYPTION_KEYS)
  const spec = (...keys: DataKey[]) =>
    keys.map((k) => `${k.id}:${k.key.export().toString('base64')}`).join(',')
  const privacyWith = (keys: string) => ({
    cipher: fieldCipher(parseDataKeys(keys)),
    lookupHash: lookupHasher(process.env.LOOKUP_HASH_KEY),
  })

  test('re-encrypts every value with the new key, old data stays readable meanwhile, and rotating back restores the system', async () => {
    const reference = await submit(person('401'))
    const [active, standby] = [...running().byId.values()]
    expect(standby, 'the test system lists a second key').toBeDefined()

    const forward = await rotateFieldEncryption(payload, privacyWith(spec(standby, active)), {
      batchSize: 50,
    })
    expect(forward.referrals.reencrypted).toBe(forward.referrals.rows)
    expect(forward.events.reencrypted).toBeGreaterThan(0)
    expect(forward.referrals.relinked).toBe(0) // same lookup key: the hashes stay
    const row = await rowOf(reference)
    for (const column of personalColumns)
      expect(sealedValue(row[column]), column).toMatch(new RegExp(`^enc1:${standby.id}:`))

    // Readable by every process meanwhile; not by a key set that lacks the new key.
    const read = await payload.find({
      collection: 'referrals',
      where: { reference: { equals: reference } },
      overrideAccess: true,
    })
    expect(read.docs[0].applicant.name).toBe('Krypto 401 Provsson')
    expect(() =>
      fieldCipher(parseDataKeys(spec(active))).open(row.applicant_name, 'applicant.name'),
    ).toThrow(new RegExp(standby.id))

    // Rotating again finds nothing to do; rotating back leaves every value under the first key.
    expect(
      (await rotateFieldEncryption(payload, privacyWith(spec(standby, active)))).referrals
        .reencrypted,
    ).toBe(0)
    const back = await rotateFieldEncryption(payload, privacyWith(spec(active, standby)))
    expect(back.referrals.reencrypted).toBeGreaterThan(0)
    const [left] = await query(
      sql`SELECT count(*)::int AS n FROM referrals WHERE applicant_name NOT LIKE ${`enc1:${active.id}:%`}`,
    )
    expect(left.n).toBe(0)
  })

  test('values stored before encryption are read as they are and encrypted by the rotation', async () => {
    const row = await rowOf(await submit(person('501')))
    await query(
      sql`UPDATE referrals SET applicant_message = 'Klartext från förr' WHERE id = ${row.id}`,
    )
    const before = await payload.findByID({
      collection: 'referrals',
      id: row.id,
      overrideAccess: true,
    })
    expect(before.applicant.message).toBe('Klartext från förr')
    await rotateFieldEncryption(payload, privacyWith(process.env.DATA_ENCRYPTION_KEYS!))
    expect((await rowOf(row.reference)).applicant_message).toMatch(/^enc1:/)
  })

  test('lookup hashes made with another key are renewed, so duplicates are found again', async () => {
    const row = await rowOf(await submit(person('601')))
    await query(
      sql`UPDATE referrals SET person_lookup_phone = 'made-with-an-old-key' WHERE id = ${row.id}`,
    )
    const counts = await rotateFieldEncryption(
      payload,
      privacyWith(process.env.DATA_ENCRYPTION_KEYS!),
    )
    expect(counts.referrals.relinked).toBeGreaterThanOrEqual(1)
    expect((await rowOf(row.reference)).person_lookup_phone).toBe(row.person_lookup_phone)
  })
})
