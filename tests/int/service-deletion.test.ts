import type { Payload } from 'payload'

import { paragraph, richText } from '@stodportalen/seed'
import { beforeAll, describe, expect, test } from 'vitest'

import { cmsUrl, login, testPayload } from '../support/cms'
import { firstUnit } from '../support/units'

/**
 * Deleting a service: one nothing points at goes, with its own referral form and targets; one that
 * cases, their history, the report's figures or staff's records point at stays, and the refusal names
 * what keeps it. Each test uses services of its own, deleted over REST as an administrator.
 */
let payload: Payload
let admin: Record<string, string>

const newService = async (name: string) => {
  const slug = `radering-${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
  const doc = await payload.create({
    collection: 'services',
    data: {
      name: `Raderingstest ${name}`,
      summary: 'Testdata',
      slug,
      method: 'ips',
      status: 'closed',
      unit: await firstUnit(payload),
      targets: [{ year: 2026, peopleSupported: 20 }],
    } as never,
  })
  return doc.id as number
}

const deleteOverRest = async (id: number) => {
  const response = await fetch(`${cmsUrl()}/api/services/${id}`, {
    method: 'DELETE',
    headers: admin,
  })
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { message: string }[] },
  }
}

const exists = async (collection: 'referral-forms' | 'services', id: number) =>
  (await payload.find({ collection, where: { id: { equals: id } }, depth: 0 })).totalDocs === 1

/** Deleting is refused with 400 and a message naming what keeps the service; the service stays. */
const expectRefused = async (id: number, named: string) => {
  const { status, body } = await deleteOverRest(id)
  expect(status, JSON.stringify(body)).toBe(400)
  const message = body.errors?.[0]?.message ?? ''
  expect(message).toContain('Tjänsten kan inte tas bort')
  expect(message).toContain(named)
  expect(message).toContain('Sätt status till Avslutad')
  expect(await exists('services', id)).toBe(true)
  return message
}

/** A form like a seeded one, for the service (the rows' ids left for Payload to give). */
const newForm = async (service: number) => {
  const { docs } = await payload.find({ collection: 'referral-forms', limit: 1, depth: 0 })
  const { title, steps } = docs[0] as unknown as { title: string; steps: unknown[] }
  const withoutIds = JSON.parse(
    JSON.stringify(steps, (key, value) => (key === 'id' ? undefined : value)),
  )
  return payload.create({
    collection: 'referral-forms',
    data: { title, service, steps: withoutIds } as never,
  })
}

const newReferral = async (service: number, key: string) =>
  (await payload.create({
    collection: 'referrals',
    data: {
      reference: `radering-${key}-${Date.now().toString(36)}`,
      service,
      receivedAt: '2026-01-05T09:00:00.000Z',
      applicant: { name: `Testperson ${key}`, gender: 'woman' },
    } as never,
  })) as unknown as { id: number }

beforeAll(async () => {
  payload = await testPayload()
  admin = await login('admin@stodportalen.example', 'demo-admin-2026')
})

describe('deleting a service', () => {
  test('one nothing points at is deleted, and its referral form goes with it', async () => {
    const id = await newService('oanvand')
    const form = await newForm(id)
    const { status, body } = await deleteOverRest(id)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(await exists('services', id)).toBe(false)
    expect(await exists('referral-forms', form.id as number)).toBe(false)
  })

  test('its referrals keep it: none is lost, and neither is its form', async () => {
    const id = await newService('anmalningar')
    const form = await newForm(id)
    const referrals = [await newReferral(id, 'a'), await newReferral(id, 'b')]
    await expectRefused(id, '2 anmälningar')
    const kept = await payload.find({
      collection: 'referrals',
      where: { id: { in: referrals.map((r) => r.id) } },
      depth: 0,
    })
    expect(kept.docs.map((r) => (r as unknown as { service: number }).service)).toEqual([id, id])
    expect(await exists('referral-forms', form.id as number)).toBe(true)
  })

  test('a referral moved away keeps it: the history names it', async () => {
    const from = await newService('flytt-fran')
    const to = await newService('flytt-till')
    const referral = await newReferral(from, 'flytt')
    await payload.update({
      collection: 'referrals',
      id: referral.id,
      data: { service: to } as never,
    })
    await expectRefused(from, '1 flytt i anmälningarnas historik')
    const { docs } = await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: referral.id }, fromService: { equals: from } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
  })

  test('the report’s figures for deleted referrals keep it', async () => {
    const id = await newService('rakning')
    await payload.create({
      collection: 'referral-tallies',
      data: { kind: 'inflow', service: id, day: '2025-03-01', n: 3 } as never,
    })
    await expectRefused(id, 'uppföljningsrapportens siffror för gallrade anmälningar')
  })

  test('a fidelity review keeps it, over REST and the Local API alike', async () => {
    const id = await newService('programtrohet')
    const review = await payload.create({
      collection: 'fidelity-reviews',
      data: { service: id, date: '2025-06-30' } as never,
    })
    await expectRefused(id, '1 programtrohetsmätning')
    await expect(payload.delete({ collection: 'services', id })).rejects.toThrow(
      /1 programtrohetsmätning/,
    )
    const kept = await payload.findByID({ collection: 'fidelity-reviews', id: review.id, depth: 0 })
    expect((kept as unknown as { service: number }).service).toBe(id)
  })

  test('outreach activities, events and stories keep it, each named with its count', async () => {
    const id = await newService('innehall')
    const other = await newService('innehall-landning')
    await payload.create({
      collection: 'outreach-activities',
      data: {
        title: 'Skolbesök',
        date: '2025-03-05T12:00:00Z',
        format: 'visit',
        arena: 'school',
        services: [id],
      } as never,
    })
    await payload.create({
      collection: 'outreach-activities',
      data: {
        title: 'Mässa',
        date: '2025-04-05T12:00:00Z',
        format: 'visit',
        arena: 'school',
        services: [other],
        landing: { target: 'form', service: id },
      } as never,
    })
    const slug = `radering-evenemang-${Date.now().toString(36)}`
    await payload.create({
      collection: 'events',
      draft: true,
      data: {
        title: 'Informationsträff',
        slug,
        kind: 'dropIn',
        start: '2030-03-01T09:00:00.000Z',
        end: '2030-03-01T10:00:00.000Z',
        attendance: 'online',
        onlineUrl: 'https://mote.example/trff',
        services: [id],
      } as never,
    })
    await payload.create({
      collection: 'stories',
      draft: true,
      data: {
        title: 'Berättelse',
        name: 'Påhittad',
        slug: `radering-berattelse-${Date.now().toString(36)}`,
        text: richText([paragraph('Text')]),
        service: id,
        outcome: 'work',
        consent: { givenOn: '2026-01-10T00:00:00.000Z', scope: ['website'] },
      } as never,
    })
    const message = await expectRefused(id, '2 uppsökande aktiviteter')
    expect(message).toContain('1 evenemang')
    expect(message).toContain('1 berättelse')
    expect(message).toMatch(/, 1 evenemang och 1 berättelse\./)
  })
})
