import { demoUsers } from '@stodportalen/seed'
import type { Payload } from 'payload'
import { beforeAll, expect, test } from 'vitest'

import { cmsUrl, login, testPayload } from '../support/cms'

const period = 'from=2025-01-01&to=2026-12-31'
const demo = (role: string, service?: string) =>
  demoUsers.find((u) => u.role === role && (!service || (u.services as readonly string[]).includes(service)))!
const as = async (role: string, service?: string) => login(demo(role, service).email, demo(role, service).password)
const report = (query: string, headers: Record<string, string> = {}) => fetch(`${cmsUrl()}/api/referrals/report?${query}`, { headers })

let payload: Payload
let serviceId: (slug: string) => number

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({ collection: 'services', depth: 0, limit: 10 })
  serviceId = (slug) => docs.find((s) => s.slug === slug)!.id as number
})

test('nobody without the report permission gets a report', async () => {
  expect((await report(period)).status).toBe(403)
  expect((await report(period, await as('editor'))).status).toBe(403)
})

test('intake staff report on their own services only', async () => {
  const seIntake = await as('intake', 'se')
  expect((await report(`${period}&services=${serviceId('ips')}`, seIntake)).status).toBe(403)
  const own = await report(period, seIntake)
  expect(own.status).toBe(200)
  expect(((await own.json()) as { serviceIds: number[] }).serviceIds).toEqual([serviceId('se')])
})

test('a report holds figures, never a name or a contact detail', async () => {
  const response = await report(`${period}&services=${serviceId('ips')}`, await as('admin'))
  const text = await response.text()
  const body = JSON.parse(text) as { inflow: { total: number } }
  expect(body.inflow.total).toBeGreaterThan(0)
  const { docs } = await payload.find({ collection: 'referrals', where: { service: { equals: serviceId('ips') } }, limit: 1000, depth: 0 })
  for (const referral of docs as { applicant: { name: string; phone?: string; email?: string } }[]) {
    for (const detail of [referral.applicant.name, referral.applicant.phone, referral.applicant.email].filter(Boolean)) {
      expect(text).not.toContain(detail)
    }
  }
})

test('the CSV export masks every count below 5', async () => {
  const response = await report(`${period}&format=csv`, await as('admin'))
  expect(response.headers.get('content-type')).toMatch(/text\/csv/)
  const rows = (await response.text()).trim().split('\n').slice(1).map((line) => line.split(','))
  expect(rows.length).toBeGreaterThan(10)
  for (const cell of rows.flatMap((row) => row.slice(3)).filter(Boolean)) {
    expect(cell === '< 5' || Number(cell) >= 5, `cell "${cell}"`).toBe(true)
  }
})

test('a wrong period is a 400 that says why', async () => {
  const response = await report('from=2026-02-30&to=2026-01-01', await as('admin'))
  expect(response.status).toBe(400)
  expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message.length).toBeGreaterThan(0)
})
