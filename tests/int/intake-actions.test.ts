import type { Payload, TypedUser } from 'payload'

import { duplicatePairs, seededReference } from '@stodportalen/seed'
import { submitReferral } from '@stodportalen/support-services'
import {
  allowedTransitions,
  type Status,
  statuses,
  type Transition,
  transitions,
} from '@stodportalen/support-services/domain'
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'

import { validIpsAnswers } from '../support/answers'
import { testPayload } from '../support/cms'

/**
 * The intake workspace's rules through the Local API as real intake users (access applied): every move
 * of the workflow table, every move outside it, moves between services, duplicates, and the records
 * staff write by hand. Each must leave exactly the history it claims.
 */

let payload: Payload
let ipsIntake: TypedUser
let seIntake: TypedUser
let partnerId: number
let serviceIds: Record<'ips' | 'sed' | 'se', number>
let otherReferralId: number

const userFor = async (email: string) => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  return { ...docs[0], collection: 'users' } as unknown as TypedUser
}

const submit = async (answers: Record<string, unknown> = validIpsAnswers, service = 'ips') => {
  const result = await submitReferral(
    payload,
    { service, answers },
    { randomBytes: (n) => randomBytes(n) },
  )
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result.errors)}`)
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { reference: { equals: result.reference } },
    depth: 0,
  })
  return docs[0]
}

/** A person nobody has submitted before (own name and phone), so tests do not flag each other as duplicates. */
let people = 0
const freshPerson = () => {
  people++
  return {
    ...validIpsAnswers,
    name: `Testperson ${people}`,
    phone: `0719${String(people).padStart(6, '0')}`,
    email: undefined,
  }
}

const change = (id: number, data: Record<string, unknown>, user = ipsIntake) =>
  payload.update({
    collection: 'referrals',
    id,
    data: data as never,
    overrideAccess: false,
    user,
    depth: 0,
  })

const record = (referral: number, data: Record<string, unknown>, user = ipsIntake) =>
  payload.create({
    collection: 'referral-events',
    data: { referral, ...data } as never,
    overrideAccess: false,
    user,
    depth: 0,
  })

const events = async (id: number) =>
  (
    await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: id } },
      sort: 'createdAt',
      limit: 200,
      depth: 0,
    })
  ).docs

/** Everything any move may require: a reason, an outcome, a partner, a referral to merge into. */
const requirementsFor = (to: Status) => ({
  status: to,
  statusReason: 'Bedömning vid intaget',
  ...(to === 'closed' && { outcome: 'workWithoutSubsidy' }),
  ...(to === 'redirected' && { redirectPartner: partnerId }),
  ...(to === 'merged' && { mergedInto: otherReferralId }),
})

/** The shortest path of moves from `received` to each status, found in the table itself. */
const pathTo = (target: Status): Status[] => {
  const queue: Status[][] = [['received']]
  while (queue.length) {
    const path = queue.shift()!
    const last = path.at(-1)!
    if (last === target) return path.slice(1)
    for (const t of allowedTransitions(last)) if (!path.includes(t.to)) queue.push([...path, t.to])
  }
  throw new Error(`no path to ${target}`)
}

const referralAt = async (status: Status) => {
  const referral = await submit(freshPerson())
  for (const step of pathTo(status)) await change(referral.id, requirementsFor(step))
  return referral.id
}

beforeAll(async () => {
  payload = await testPayload()
  ipsIntake = await userFor('intag.ips@stodportalen.example')
  seIntake = await userFor('intag.se@stodportalen.example')
  const partners = await payload.find({
    collection: 'partners',
    where: { name: { equals: 'Komvux' } },
    overrideAccess: true,
  })
  partnerId = partners.docs[0].id as number
  const services = await payload.find({ collection: 'services', depth: 0, pagination: false })
  serviceIds = Object.fromEntries(services.docs.map((s) => [s.slug, s.id])) as typeof serviceIds
  otherReferralId = (await submit(freshPerson())).id as number
})

describe('the workflow table, move by move', () => {
  const label = (t: Transition) => `${t.from} → ${t.to} (${t.action})`

  test.each(transitions.map((t) => [label(t), t] as const))(
    '%s works and writes its event',
    async (_, t) => {
      const id = await referralAt(t.from)
      const before = (await events(id)).length
      const after = await change(id, requirementsFor(t.to))
      expect(after.status).toBe(t.to)
      const history = await events(id)
      expect(history).toHaveLength(before + 1)
      expect(history.at(-1)).toMatchObject({
        type: 'statusChange',
        fromStatus: t.from,
        toStatus: t.to,
        actor: ipsIntake.id,
      })
      expect(history.at(-1)!.reason).toBe('Bedömning vid intaget')
    },
  )

  test.each(statuses.map((s) => [s] as const))(
    'from %s, every move outside the table is refused and changes nothing',
    async (from) => {
      const id = await referralAt(from)
      const allowed = new Set(allowedTransitions(from).map((t) => t.to))
      const before = await events(id)
      for (const to of statuses.filter((s) => s !== from && !allowed.has(s))) {
        await expect(change(id, requirementsFor(to)), `${from} → ${to}`).rejects.toThrow(
          /kan inte gå från/,
        )
      }
      const after = await payload.findByID({ collection: 'referrals', id, depth: 0 })
      expect(after.status).toBe(from)
      expect(await events(id)).toHaveLength(before.length)
    },
  )

  test('a move that lacks what it needs says what is missing', async () => {
    const id = await referralAt('active')
    await expect(change(id, { status: 'closed' })).rejects.toThrow(/Välj ett utfall/)
    await expect(change(id, { status: 'redirected' })).rejects.toThrow(/Välj vilken aktör/)
    await expect(change(id, { status: 'merged' })).rejects.toThrow(/Välj vilken anmälan/)
    await expect(change(id, { status: 'merged', mergedInto: id })).rejects.toThrow(/sig själv/)
  })
})

describe('redirects', () => {
  test('to a partner: closed as redirected, the partner recorded on the referral and in the history', async () => {
    const id = await referralAt('waiting')
    const redirected = await change(id, {
      status: 'redirected',
      redirectPartner: partnerId,
      statusReason: 'Vill hellre studera',
    })
    expect(redirected).toMatchObject({ status: 'redirected', redirectPartner: partnerId })
    expect((await events(id)).at(-1)).toMatchObject({
      toStatus: 'redirected',
      partner: partnerId,
      reason: 'Vill hellre studera',
    })
  })

  test('to another service: its queue, with its history and original date; then only that service sees it', async () => {
    const id = await referralAt('firstContact')
    const original = await payload.findByID({ collection: 'referrals', id, depth: 0 })
    const historyBefore = await events(id)

    const moved = await change(id, {
      service: serviceIds.se,
      statusReason: 'Behöver mer stöd än IPS ger',
    })
    expect(moved).toMatchObject({
      service: serviceIds.se,
      status: 'waiting',
      receivedAt: original.receivedAt,
      firstContactAt: original.firstContactAt,
    })

    const history = await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: id } },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: false,
      user: seIntake,
    })
    expect(history.docs.map((e) => e.id)).toEqual([
      ...historyBefore.map((e) => e.id),
      history.docs.at(-1)!.id,
    ])
    expect(history.docs.at(-1)).toMatchObject({
      type: 'moved',
      fromService: serviceIds.ips,
      toService: serviceIds.se,
      fromStatus: 'firstContact',
      toStatus: 'waiting',
      reason: 'Behöver mer stöd än IPS ger',
    })
    await expect(
      payload.findByID({ collection: 'referrals', id, overrideAccess: false, user: ipsIntake }),
    ).rejects.toThrow()
  })

  test('a closed referral is reopened before it can move', async () => {
    const id = await referralAt('declined')
    await expect(change(id, { service: serviceIds.sed })).rejects.toThrow(/Öppna den igen först/)
  })
})

describe('scope: intake staff of one service', () => {
  test('can neither change nor write in another service’s referral', async () => {
    const id = await referralAt('waiting')
    await expect(change(id, { status: 'firstContact' }, seIntake)).rejects.toThrow()
    await expect(change(id, { assignee: seIntake.id }, seIntake)).rejects.toThrow()
    await expect(record(id, { type: 'note', note: 'Fel tjänst' }, seIntake)).rejects.toThrow(
      /tjänst du inte arbetar med/,
    )
    const after = await payload.findByID({ collection: 'referrals', id, depth: 0 })
    expect(after).toMatchObject({ status: 'waiting', assignee: null })
  })
})

describe('assignment and records', () => {
  test('assigning writes who assigned whom', async () => {
    const id = await referralAt('screened')
    await change(id, { assignee: ipsIntake.id })
    expect((await events(id)).at(-1)).toMatchObject({
      type: 'assigned',
      assignee: ipsIntake.id,
      actor: ipsIntake.id,
    })
  })

  test('a contact attempt that reached the person sets the first contact, once', async () => {
    const id = await referralAt('waiting')
    await record(id, { type: 'contactAttempt', contact: { channel: 'phone', result: 'noAnswer' } })
    expect(
      (await payload.findByID({ collection: 'referrals', id, depth: 0 })).firstContactAt,
    ).toBeNull()
    const reached = await record(id, {
      type: 'contactAttempt',
      contact: { channel: 'sms', result: 'reached' },
    })
    await record(id, { type: 'contactAttempt', contact: { channel: 'phone', result: 'reached' } })
    expect((await payload.findByID({ collection: 'referrals', id, depth: 0 })).firstContactAt).toBe(
      reached.at,
    )
    expect(reached.actor).toBe(ipsIntake.id)
  })

  test('consent given and withdrawn is the referral’s consent record, with its history', async () => {
    const id = await referralAt('enrolled')
    await record(id, {
      type: 'consent',
      consent: {
        action: 'given',
        partners: [partnerId],
        formVersion: '2025:1',
        date: '2026-01-15',
      },
    })
    let referral = await payload.findByID({ collection: 'referrals', id, depth: 0 })
    expect(referral.consent).toMatchObject({
      partners: [partnerId],
      formVersion: '2025:1',
      withdrawnAt: null,
    })
    expect(referral.consent?.recordedAt?.slice(0, 10)).toBe('2026-01-15')
    await record(id, { type: 'consent', consent: { action: 'withdrawn', date: '2026-02-01' } })
    referral = await payload.findByID({ collection: 'referrals', id, depth: 0 })
    expect(referral.consent?.withdrawnAt?.slice(0, 10)).toBe('2026-02-01')
    expect(referral.consent?.partners).toEqual([partnerId])
    expect((await events(id)).filter((e) => e.type === 'consent')).toHaveLength(2)
  })

  test('a re-assessment sets the next date; a bad one is refused with the field and changes nothing', async () => {
    const id = await referralAt('active')
    await record(id, {
      type: 'reassessment',
      reason: 'Trivs på praktiken',
      reassessment: { result: 'continue', nextAt: '2099-01-10' },
    })
    expect(
      (await payload.findByID({ collection: 'referrals', id, depth: 0 })).nextReassessmentAt?.slice(
        0,
        10,
      ),
    ).toBe('2099-01-10')
    const before = (await events(id)).length
    await expect(
      record(id, {
        type: 'reassessment',
        reason: 'Uppföljning',
        reassessment: { result: 'continue' },
      }),
    ).rejects.toThrow(/Ange datum för nästa omprövning/)
    await expect(record(id, { type: 'note', note: ' ' })).rejects.toThrow(
      /Anteckning måste fyllas i/,
    )
    expect(await events(id)).toHaveLength(before)
  })
})

describe('possible duplicates', () => {
  const referralByReference = async (reference: string) =>
    (
      await payload.find({
        collection: 'referrals',
        where: { reference: { equals: reference } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]

  test('the seed’s planted pairs are found, and nothing else in the seed', async () => {
    const seeded = await payload.find({
      collection: 'referrals',
      where: { reference: { in: Array.from({ length: 200 }, (_, i) => seededReference(i)) } },
      depth: 0,
      limit: 300,
      overrideAccess: true,
    })
    expect(seeded.docs).toHaveLength(200)
    const found = seeded.docs
      .filter((r) => r.possibleDuplicates?.length)
      .map((r) => [r.reference, r.possibleDuplicates])
      .sort()
    const expected = await Promise.all(
      duplicatePairs.map(async ([first, later]) => [
        seededReference(later),
        [(await referralByReference(seededReference(first))).id],
      ]),
    )
    expect(found).toEqual(expected.sort())
  })

  test('a new referral from the same phone is flagged; staff dismiss it or merge it, nothing happens by itself', async () => {
    const person = freshPerson()
    const first = await submit(person)
    const second = await submit({ ...person, name: 'Någon Annan' })
    const third = await submit({ ...person, email: undefined })
    expect(second.possibleDuplicates).toEqual([first.id])
    expect(second.status).toBe('received')

    await change(second.id as number, {
      possibleDuplicates: [],
      statusReason: 'Olika personer i samma hushåll',
    })
    expect((await events(second.id as number)).at(-1)).toMatchObject({
      type: 'duplicateDismissed',
      relatedReferral: first.id,
      reason: 'Olika personer i samma hushåll',
    })

    const merged = await change(third.id as number, {
      status: 'merged',
      mergedInto: first.id,
      statusReason: 'Samma person',
    })
    expect(merged).toMatchObject({ status: 'merged', mergedInto: first.id })
    expect((await events(third.id as number)).at(-1)).toMatchObject({
      toStatus: 'merged',
      relatedReferral: first.id,
    })
    expect(
      (await payload.findByID({ collection: 'referrals', id: first.id, depth: 0 })).status,
    ).toBe('received')
  })
})
