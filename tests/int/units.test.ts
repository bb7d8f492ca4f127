import type { Payload } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import { beforeAll, describe, expect, test } from 'vitest'

import { cmsUrl, login, testPayload } from '../support/cms'

/**
 * Several units in one install: what each kind of staff may change, over REST, GraphQL and the Local
 * API. (Who reads which referrals is in access.test.ts, where staff of another unit are one of the actors.)
 */

let payload: Payload
const ids = { uppsala: 0, enkopingHabo: 0, ips: 0, ipsEH: 0, ipsForm: 0, ipsEHForm: 0 }
type Auth = Record<string, string>
const auth: Record<'admin' | 'editorUppsala' | 'unitAdminEH' | 'intakeEH', Auth> = {} as never

const demo = (email: string) => demoUsers.find((u) => u.email === email)!
const signIn = (email: string) => login(email, demo(email).password)

const rest = (path: string, headers: Auth, method = 'GET', body?: unknown) =>
  fetch(`${cmsUrl()}/api/${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

const graphql = async (headers: Auth, query: string) =>
  (await (await rest('graphql', headers, 'POST', { query })).json()) as {
    data?: Record<string, unknown>
    errors?: { message: string }[]
  }

const idBy = async (collection: 'services' | 'units', field: string, value: string) => {
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
  })
  return docs[0].id as number
}

const formOf = async (service: number) => {
  const { docs } = await payload.find({
    collection: 'referral-forms',
    where: { service: { equals: service } },
    limit: 1,
    depth: 0,
  })
  return docs[0].id as number
}

beforeAll(async () => {
  payload = await testPayload()
  ids.uppsala = await idBy('units', 'name', 'Arbetsmarknadsförvaltningen, Uppsala kommun')
  ids.enkopingHabo = await idBy('units', 'name', 'Samordningsförbundet Enköping–Håbo')
  ids.ips = await idBy('services', 'slug', 'ips')
  ids.ipsEH = await idBy('services', 'slug', 'ips-enkoping-habo')
  ids.ipsForm = await formOf(ids.ips)
  ids.ipsEHForm = await formOf(ids.ipsEH)
  auth.admin = await signIn('admin@stodportalen.example')
  auth.editorUppsala = await signIn('redaktor@stodportalen.example')
  auth.unitAdminEH = await signIn('enhetschef.enkoping-habo@stodportalen.example')
  auth.intakeEH = await signIn('intag.enkoping-habo@stodportalen.example')
})

describe('units', () => {
  test('anyone reads a unit’s name, contact and area; nobody signed out changes them', async () => {
    const read = await rest(`units/${ids.enkopingHabo}`, {})
    expect(read.status).toBe(200)
    const unit = (await read.json()) as { area: { municipality: string }[] }
    expect(unit.area.map((a) => a.municipality)).toEqual(['0381', '0305'])
    expect((await rest(`units/${ids.enkopingHabo}`, {}, 'PATCH', { name: 'X' })).status).toBe(403)
    expect((await rest('units', {}, 'POST', { name: 'X' })).status).toBe(403)
  })

  test('a unit admin keeps their own unit up to date, and no other; only a central admin creates units', async () => {
    const own = await rest(`units/${ids.enkopingHabo}`, auth.unitAdminEH, 'PATCH', {
      contact: { phone: '031-390 06 41' },
    })
    expect(own.status).toBe(200)
    const other = await rest(`units/${ids.uppsala}`, auth.unitAdminEH, 'PATCH', { name: 'X' })
    expect([403, 404]).toContain(other.status)
    expect((await rest('units', auth.unitAdminEH, 'POST', { name: 'Ny enhet' })).status).toBe(403)
    const created = await rest('units', auth.admin, 'POST', {
      name: 'Enhet för test',
      area: [{ municipality: '1480', districts: ['Angered', 'Bergsjön'] }],
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    expect((await rest(`units/${doc.id}`, auth.admin, 'DELETE')).status).toBe(200)
  })

  test('an area naming a municipality twice, or no municipality, is refused with a Swedish message', async () => {
    const response = await rest('units', auth.admin, 'POST', {
      name: 'Dubbel',
      area: [{ municipality: '0380' }, { municipality: '0380', districts: ['Gottsunda'] }],
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('kommunen finns redan')
  })

  test('a unit that owns services cannot be removed (a 400 saying what to do), not a 500', async () => {
    const response = await rest(`units/${ids.enkopingHabo}`, auth.admin, 'DELETE')
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('Flytta dem till en annan enhet')
  })
})

describe('services and forms belong to their unit', () => {
  test('REST: a unit admin changes their unit’s service and form, never another unit’s', async () => {
    const own = await rest(`services/${ids.ipsEH}`, auth.unitAdminEH, 'PATCH', {
      languages: ['sv', 'en', 'fi'],
    })
    expect(own.status).toBe(200)
    const ownForm = await rest(`referral-forms/${ids.ipsEHForm}`, auth.unitAdminEH, 'PATCH', {
      active: true,
    })
    expect(ownForm.status).toBe(200)
    const other = await rest(`services/${ids.ips}`, auth.unitAdminEH, 'PATCH', { languages: [] })
    expect([403, 404]).toContain(other.status)
    const otherForm = await rest(`referral-forms/${ids.ipsForm}`, auth.unitAdminEH, 'PATCH', {
      active: false,
    })
    expect([403, 404]).toContain(otherForm.status)
    const ips = await payload.findByID({ collection: 'services', id: ids.ips, depth: 0 })
    expect(ips.languages).toEqual(['sv', 'en', 'ar'])
  })

  test('REST: an editor of one unit cannot change another unit’s service', async () => {
    const response = await rest(`services/${ids.ipsEH}`, auth.editorUppsala, 'PATCH', {
      languages: [],
    })
    expect([403, 404]).toContain(response.status)
  })

  test('REST: only those who manage a service’s unit may delete it', async () => {
    for (const [who, headers] of [
      ['unit admin of another unit', auth.unitAdminEH],
      ['editor of another unit', auth.editorUppsala],
      ['intake', auth.intakeEH],
      ['signed out', {}],
    ] as const) {
      const id = who === 'editor of another unit' ? ids.ipsEH : ids.ips
      const response = await rest(`services/${id}`, headers, 'DELETE')
      expect([401, 403, 404], `${who} deleting service ${id}`).toContain(response.status)
    }
    const left = await payload.count({
      collection: 'services',
      where: { id: { in: [ids.ips, ids.ipsEH] } },
    })
    expect(left.totalDocs).toBe(2)
  })

  test('REST: a service cannot be created in, or moved to, a unit one does not manage', async () => {
    const created = await rest('services', auth.unitAdminEH, 'POST', {
      name: 'Ny tjänst',
      slug: 'ny-tjanst-i-fel-enhet',
      method: 'ips',
      unit: ids.uppsala,
    })
    expect(created.status).toBe(400)
    expect(JSON.stringify(await created.json())).toContain('Välj en enhet som du administrerar')
    // The unit field is the central admin's: a unit admin's change to it is not applied.
    await rest(`services/${ids.ipsEH}`, auth.unitAdminEH, 'PATCH', { unit: ids.uppsala })
    const still = await payload.findByID({ collection: 'services', id: ids.ipsEH, depth: 0 })
    expect(still.unit).toBe(ids.enkopingHabo)
    const moved = await rest(`referral-forms/${ids.ipsEHForm}`, auth.unitAdminEH, 'PATCH', {
      service: ids.ips,
    })
    expect(moved.status).toBe(400)
    expect(JSON.stringify(await moved.json())).toContain('Välj en tjänst i en enhet')
  })

  test('GraphQL: the same rule holds for a mutation', async () => {
    const other = await graphql(
      auth.unitAdminEH,
      `mutation { updateService(id: ${ids.ips}, data: { languages: ["sv"] }) { id } }`,
    )
    // Payload's own refusal, in the admin's language (Swedish): "Du får inte utföra denna åtgärd."
    expect(other.errors?.[0]?.message).toMatch(/inte utföra|not allowed|not found/i)
    const ips = await payload.findByID({ collection: 'services', id: ids.ips, depth: 0 })
    expect(ips.languages).toEqual(['sv', 'en', 'ar'])
    const own = await graphql(
      auth.unitAdminEH,
      `mutation { updateService(id: ${ids.ipsEH}, data: { languages: ["sv", "en"] }) { id } }`,
    )
    expect(own.errors).toBeUndefined()
  })

  test('Local API: the access `Where` holds there too', async () => {
    const user = {
      ...(
        await payload.find({
          collection: 'users',
          where: { email: { equals: 'enhetschef.enkoping-habo@stodportalen.example' } },
          limit: 1,
        })
      ).docs[0],
      collection: 'users' as const,
    }
    const { docs } = await payload.find({
      collection: 'services',
      where: { id: { equals: ids.ips } },
      depth: 0,
      overrideAccess: false,
      user,
    })
    expect(docs, 'the service itself is public').toHaveLength(1)
    await expect(
      payload.update({
        collection: 'services',
        id: ids.ips,
        data: { languages: [] },
        overrideAccess: false,
        user,
      }),
    ).rejects.toThrow()
  })
})

describe('staff belong to units', () => {
  const emailOf = (name: string) => `${name}@units.test.example`

  test('a unit admin sees their unit’s staff and themselves, never other units’ staff or the central admins', async () => {
    const response = await rest('users?limit=100&depth=0', auth.unitAdminEH)
    const { docs } = (await response.json()) as { docs: { email: string }[] }
    const emails = docs.map((d) => d.email)
    expect(emails).toContain('intag.enkoping-habo@stodportalen.example')
    expect(emails).toContain('enhetschef.enkoping-habo@stodportalen.example')
    expect(emails).not.toContain('intag.ips@stodportalen.example')
    expect(emails).not.toContain('admin@stodportalen.example')
  })

  test('intake staff see only their own account', async () => {
    const response = await rest('users?limit=100&depth=0', auth.intakeEH)
    const { docs } = (await response.json()) as { docs: { email: string }[] }
    expect(docs.map((d) => d.email)).toEqual(['intag.enkoping-habo@stodportalen.example'])
  })

  test('a unit admin adds a colleague to their unit with its services, and the account works', async () => {
    const created = await rest('users', auth.unitAdminEH, 'POST', {
      email: emailOf('ny-coach'),
      password: 'ett-langt-losenord-2026',
      name: 'Ny Coach',
      role: 'intake',
      units: [ids.enkopingHabo],
      services: [ids.ipsEH],
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const colleague = await login(emailOf('ny-coach'), 'ett-langt-losenord-2026')
    const { docs } = (await (await rest('referrals?limit=500&depth=0', colleague)).json()) as {
      docs: { service: number }[]
    }
    expect(docs.length).toBeGreaterThan(0)
    expect(new Set(docs.map((d) => d.service))).toEqual(new Set([ids.ipsEH]))
  })

  test.each([
    ['makes a central admin', { role: 'admin', units: ['EH'] }, 'role'],
    ['adds another unit', { role: 'intake', units: ['EH', 'UPPSALA'] }, 'units'],
    [
      'gives another unit’s service',
      { role: 'intake', units: ['EH'], services: ['IPS'] },
      'services',
    ],
  ] as const)('a unit admin who %s is refused, naming the field', async (_, wanted, field) => {
    const idOf = { EH: ids.enkopingHabo, UPPSALA: ids.uppsala, IPS: ids.ips }
    const response = await rest('users', auth.unitAdminEH, 'POST', {
      email: emailOf(`refused-${field}`),
      password: 'ett-langt-losenord-2026',
      name: 'Nekad',
      role: wanted.role,
      units: wanted.units.map((u) => idOf[u]),
      services: 'services' in wanted ? wanted.services.map((s) => idOf[s]) : [],
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string }[] } }[] }
    expect(body.errors[0].data?.errors?.map((e) => e.path)).toContain(field)
  })

  test('even a central admin cannot give an account a service outside its units', async () => {
    const response = await rest('users', auth.admin, 'POST', {
      email: emailOf('fel-tjanst'),
      password: 'ett-langt-losenord-2026',
      name: 'Fel tjänst',
      role: 'intake',
      units: [ids.enkopingHabo],
      services: [ids.ips],
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(
      'hör till en enhet som användaren inte tillhör',
    )
  })

  test('a unit admin cannot change or remove another unit’s staff', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'intag.ips@stodportalen.example' } },
      limit: 1,
    })
    const other = docs[0].id
    const patch = await rest(`users/${other}`, auth.unitAdminEH, 'PATCH', { name: 'X' })
    expect([403, 404]).toContain(patch.status)
    expect([403, 404]).toContain((await rest(`users/${other}`, auth.unitAdminEH, 'DELETE')).status)
  })
})
