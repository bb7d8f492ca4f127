import type { Payload, TypedUser } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import { submitReferral } from '@stodportalen/support-services'
import { randomBytes } from 'node:crypto'
import { beforeAll, expect, test } from 'vitest'

import {
  findReferral,
  possibleDuplicates,
  referralTimeline,
} from '../../plugins/support-services/src/admin/referral/caseData'
import { validIpsAnswers } from '../support/answers'
import { testPayload } from '../support/cms'

// The data the referral's admin page shows, read as the signed-in intake user (row-level access applies).

let payload: Payload
let ipsIntake: TypedUser
let seIntake: TypedUser

const demo = (service: string) =>
  demoUsers.find((u) => u.role === 'intake' && (u.services as readonly string[]).includes(service))!
const userFor = async (email: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
  return { ...docs[0], collection: 'users' } as unknown as TypedUser
}

/** A new IPS referral for a person of its own (nobody else's duplicate), or for `person` again. */
const submit = async (person = uniquePerson()) => {
  const answers = { ...validIpsAnswers, ...person }
  const result = await submitReferral(
    payload,
    { service: 'ips', answers },
    { randomBytes: (n) => randomBytes(n) },
  )
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result.errors)}`)
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { reference: { equals: result.reference } },
    depth: 0,
  })
  return { ...docs[0], person }
}
let people = 0
const uniquePerson = () => {
  const n = String(Date.now() % 1_000_000).padStart(6, '0') + String(people++)
  return {
    name: `Sida Test${n}`,
    phone: `070-${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)}`,
    dateOfBirth: '1988-02-03',
  }
}

const change = (id: number, data: Record<string, unknown>) =>
  payload.update({
    collection: 'referrals',
    id,
    data: data as never,
    overrideAccess: false,
    user: ipsIntake,
    depth: 0,
  })

beforeAll(async () => {
  payload = await testPayload()
  ipsIntake = await userFor(demo('ips').email)
  seIntake = await userFor(demo('se').email)
})

test('the timeline says who did what and why, newest first, in Swedish', async () => {
  const referral = await submit()
  await change(referral.id, { assignee: ipsIntake.id })
  await change(referral.id, { status: 'screened', statusReason: 'Läst igenom anmälan' })
  await payload.create({
    collection: 'referral-events',
    data: {
      referral: referral.id,
      type: 'contactAttempt',
      contact: { channel: 'phone', result: 'reached' },
      note: 'Bokade möte',
    } as never,
    overrideAccess: false,
    user: ipsIntake,
  })

  const timeline = await referralTimeline(payload, ipsIntake, referral.id)
  const name = demo('ips').name
  expect(
    timeline.map(({ title, summary, actor, reason, note }) => ({
      title,
      summary,
      actor,
      reason,
      note,
    })),
  ).toEqual([
    {
      title: 'Kontaktförsök',
      summary: 'Telefon: Fick kontakt',
      actor: name,
      reason: undefined,
      note: 'Bokade möte',
    },
    {
      title: 'Status ändrad',
      summary: 'Inkommen → Granskad',
      actor: name,
      reason: 'Läst igenom anmälan',
      note: undefined,
    },
    { title: 'Handläggare ändrad', summary: name, actor: name, reason: undefined, note: undefined },
    {
      title: 'Anmälan inkom',
      summary: undefined,
      actor: 'Via anmälningsformuläret',
      reason: undefined,
      note: undefined,
    },
  ])
  expect(timeline[0].contact).toEqual({ channel: 'Telefon', result: 'Fick kontakt' })
})

test('possible duplicates show in both directions; a merge shows on both histories, and a dismissal ends the pair', async () => {
  const first = await submit()
  const later = await submit(first.person)
  expect(later.possibleDuplicates).toEqual([first.id])

  const fromLater = await possibleDuplicates(
    payload,
    ipsIntake,
    (await findReferral(payload, ipsIntake, later.id))!,
  )
  const fromFirst = await possibleDuplicates(
    payload,
    ipsIntake,
    (await findReferral(payload, ipsIntake, first.id))!,
  )
  expect(fromLater).toEqual([
    {
      id: first.id,
      reference: first.reference,
      name: first.person.name,
      service: 'Individuell placering med stöd (IPS)',
      status: 'received',
      listedOn: later.id,
      remaining: [],
    },
  ])
  expect(fromFirst).toMatchObject([
    { id: later.id, reference: later.reference, listedOn: later.id, remaining: [] },
  ])

  // Dismissed on the later referral (which holds the pair): neither side lists it any more.
  await change(later.id, { possibleDuplicates: [] })
  expect(
    await possibleDuplicates(
      payload,
      ipsIntake,
      (await findReferral(payload, ipsIntake, first.id))!,
    ),
  ).toEqual([])
  const firstHistory = await referralTimeline(payload, ipsIntake, first.id)
  expect(firstHistory[0]).toMatchObject({
    title: 'Inte en dubblett',
    summary: `${later.reference} är inte en dubblett av den här anmälan`,
  })

  const third = await submit(first.person)
  await change(third.id, { status: 'merged', mergedInto: first.id })
  const afterMerge = await referralTimeline(payload, ipsIntake, first.id)
  expect(afterMerge[0]).toMatchObject({
    title: 'Annan anmälan sammanslagen hit',
    summary: `${third.reference} slogs samman med den här anmälan`,
  })
  expect((await referralTimeline(payload, ipsIntake, third.id))[0]).toMatchObject({
    title: 'Status ändrad',
    summary: 'Inkommen → Sammanslagen',
    details: [`Sammanslagen med: ${first.reference}`],
  })
  // A decided pair is not offered again.
  expect(
    await possibleDuplicates(
      payload,
      ipsIntake,
      (await findReferral(payload, ipsIntake, first.id))!,
    ),
  ).toEqual([])
})

test('a move to another service shows both services in the history', async () => {
  const referral = await submit()
  const se = (await payload.find({ collection: 'services', where: { slug: { equals: 'se' } } }))
    .docs[0]
  await change(referral.id, { service: se.id, statusReason: 'Passar bättre i SE' })
  const [moved] = await referralTimeline(payload, ipsIntake, referral.id).catch(() => [])
  // The IPS intake no longer works with the referral: it is in SE's queue now.
  expect(moved).toBeUndefined()
  const [entry] = await referralTimeline(payload, seIntake, referral.id)
  expect(entry).toMatchObject({
    title: 'Flyttad till annan tjänst',
    summary: 'Individuell placering med stöd (IPS) → Supported Employment (SE)',
    details: ['Ny status: Väntar'],
  })
})

test('staff of another service read nothing of the referral through the page', async () => {
  const referral = await submit()
  expect(await findReferral(payload, seIntake, referral.id)).toBeNull()
  expect(await referralTimeline(payload, seIntake, referral.id)).toEqual([])
})

test('the reason given for a move or a dismissed duplicate is kept in the history', async () => {
  const first = await submit()
  const later = await submit(first.person)
  await change(later.id, { possibleDuplicates: [], statusReason: 'Olika personnummer' })
  expect((await referralTimeline(payload, ipsIntake, later.id))[0]).toMatchObject({
    title: 'Inte en dubblett',
    reason: 'Olika personnummer',
  })
})
