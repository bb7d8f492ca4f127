import { demoUsers } from '@stodportalen/seed'
import { beforeAll, expect, test } from 'vitest'

import { cmsUrl, login } from '../support/cms'

let editor: Record<string, string>

beforeAll(async () => {
  const user = demoUsers.find((u) => u.role === 'editor')!
  editor = await login(user.email, user.password)
})

const post = (data: Record<string, unknown>) =>
  fetch(`${cmsUrl()}/api/events`, {
    method: 'POST',
    headers: { ...editor, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Drop-in som slutar innan den börjar',
      kind: 'dropIn',
      attendance: 'venue',
      venue: { name: 'Påhittade lokalen' },
      _status: 'published',
      ...data,
    }),
  })

test('an event that ends before it starts is refused with 400, naming the field in Swedish', async () => {
  const response = await post({
    start: '2030-03-01T10:00:00.000Z',
    end: '2030-03-01T09:00:00.000Z',
  })
  const body = (await response.json()) as {
    errors: { data?: { errors?: { path: string; message: string }[] } }[]
  }
  expect(response.status, JSON.stringify(body)).toBe(400)
  const fields = body.errors[0]?.data?.errors ?? []
  expect(fields, JSON.stringify(body)).toEqual([
    {
      path: 'end',
      message: expect.stringMatching(/”Slutar” måste vara senare än ”Börjar”/),
      label: expect.anything(),
    },
  ])
})

test('a change that moves the end before the stored start is refused too', async () => {
  const created = await post({
    title: 'Drop-in att flytta',
    start: '2030-03-02T10:00:00.000Z',
    end: '2030-03-02T11:00:00.000Z',
  })
  expect(created.status, await created.clone().text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  expect(doc.slug, 'the slug is made from the title').toBe('drop-in-att-flytta')
  const moved = await fetch(`${cmsUrl()}/api/events/${doc.id}`, {
    method: 'PATCH',
    headers: { ...editor, 'content-type': 'application/json' },
    body: JSON.stringify({ end: '2030-03-02T09:00:00.000Z' }),
  })
  expect(moved.status, await moved.clone().text()).toBe(400)
  expect(await moved.text()).toMatch(/Slutar/)
  await fetch(`${cmsUrl()}/api/events/${doc.id}`, { method: 'DELETE', headers: editor })
})
