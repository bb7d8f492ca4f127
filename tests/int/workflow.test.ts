import type { Payload, TypedUser } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import { submitReferral } from '@stodportalen/support-services'
import { randomBytes } from 'node:crypto'
import { beforeAll, expect, test } from 'vitest'

import { validIpsAnswers } from '../support/answers'
import { testPayload } from '../support/cms'

let payload: Payload
let intake: TypedUser

const intakeDemo = demoUsers.find(
  (u) => u.role === 'intake' && (u.services as readonly string[]).includes('ips'),
)!

/** A fresh referral in status `received`, made through the same operation the public endpoint uses. */
const freshReferral = async () => {
  const result = await submitReferral(
    payload,
    { service: 'ips', answers: validIpsAnswers },
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

const change = (id: number | string, data: Record<string, unknown>) =>
  payload.update({
    collection: 'referrals',
    id,
    data: data as never,
    overrideAccess: false,
    user: intake,
    depth: 0,
  })

const history = async (id: number | string) =>
  (
    await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: id } },
      sort: 'createdAt',
      limit: 100,
    })
  ).docs.map((e) => `${e.type}:${e.fromStatus ?? ''}→${e.toStatus ?? ''}`)

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: intakeDemo.email } },
  })
  intake = { ...docs[0], collection: 'users' } as unknown as TypedUser
})

test('intake staff move a referral from received to closed with an outcome; each step writes one event', async () => {
  const referral = await freshReferral()
  for (const status of ['screened', 'waiting', 'firstContact', 'enrolled', 'active'])
    await change(referral.id, { status })
  const closed = await change(referral.id, { status: 'closed', outcome: 'workWithoutSubsidy' })
  expect(closed).toMatchObject({ status: 'closed', outcome: 'workWithoutSubsidy' })
  expect(closed.firstContactAt).toBeTruthy()
  expect(closed.enrolledAt).toBeTruthy()
  expect(closed.closedAt).toBeTruthy()
  expect(await history(referral.id)).toEqual([
    'submitted:→received',
    'statusChange:received→screened',
    'statusChange:screened→waiting',
    'statusChange:waiting→firstContact',
    'statusChange:firstContact→enrolled',
    'statusChange:enrolled→active',
    'statusChange:active→closed',
  ])
})

test('a forbidden transition is refused with a clear message and changes nothing', async () => {
  const referral = await freshReferral()
  await expect(change(referral.id, { status: 'active' })).rejects.toThrow(
    'En anmälan kan inte gå från ”Inkommen” till ”Aktiv”',
  )
  const after = await payload.findByID({ collection: 'referrals', id: referral.id, depth: 0 })
  expect(after.status).toBe('received')
  expect(await history(referral.id)).toEqual(['submitted:→received'])
})

test('transitions that need a reason, an outcome or a target refuse without one', async () => {
  const referral = await freshReferral()
  await expect(change(referral.id, { status: 'declined' })).rejects.toThrow(/Skriv en anledning/)
  await expect(change(referral.id, { status: 'redirected' })).rejects.toThrow(/Välj vilken aktör/)
  const redirected = await change(referral.id, { status: 'redirected', redirectTarget: 'Komvux' })
  expect(redirected.status).toBe('redirected')
  await expect(change(referral.id, { status: 'waiting' })).rejects.toThrow(/Skriv en anledning/)
  await change(referral.id, { status: 'waiting', statusReason: 'Ångrade sig, vill ha IPS ändå' })
  const events = (
    await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: referral.id } },
      sort: 'createdAt',
    })
  ).docs
  expect(events.at(-2)).toMatchObject({ toStatus: 'redirected', target: 'Komvux' })
  expect(events.at(-1)).toMatchObject({
    fromStatus: 'redirected',
    toStatus: 'waiting',
    reason: 'Ångrade sig, vill ha IPS ändå',
  })
})

test('events are append-only, even for the intake staff of the service', async () => {
  const referral = await freshReferral()
  const [event] = (
    await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: referral.id } },
    })
  ).docs
  await expect(
    payload.update({
      collection: 'referral-events',
      id: event.id,
      data: { note: 'x' },
      overrideAccess: false,
      user: intake,
    }),
  ).rejects.toThrow()
  await expect(
    payload.delete({
      collection: 'referral-events',
      id: event.id,
      overrideAccess: false,
      user: intake,
    }),
  ).rejects.toThrow()
  const note = await payload.create({
    collection: 'referral-events',
    data: { referral: referral.id, type: 'note', note: 'Ringde, inget svar' } as never,
    overrideAccess: false,
    user: intake,
  })
  expect(note.actor).toBeTruthy()
  await expect(
    payload.create({
      collection: 'referral-events',
      data: { referral: referral.id, type: 'statusChange', toStatus: 'active' } as never,
      overrideAccess: false,
      user: intake,
    }),
  ).rejects.toThrow(/skrivs av systemet/)
})
