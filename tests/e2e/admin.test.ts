import type { Page } from 'playwright-core'

import { demoUsers, paragraph, richText } from '@stodportalen/seed'
import { expect, inject, test } from 'vitest'

import { launchBrowser } from '../support/browser'
import { testPayload } from '../support/cms'

const cmsUrl = () => inject('system').cmsUrl

type DemoUser = (typeof demoUsers)[number]
const demoUser = (role: DemoUser['role']) => demoUsers.find((u) => u.role === role)!

const signIn = async (page: Page, user: DemoUser) => {
  await page.goto(`${cmsUrl()}/admin/login`)
  await page.fill('input[name="email"]', user.email)
  await page.fill('input[name="password"]', user.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
}

test('an intake user signs in to the admin and sees the intake queue of their own services only', async () => {
  const intake = demoUsers.find(
    (u) => u.role === 'intake' && (u.services as readonly string[]).includes('se'),
  )!
  const browser = await launchBrowser()
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' })
  ).newPage()
  try {
    await signIn(page, intake)

    await page.goto(`${cmsUrl()}/admin/collections/referrals?limit=100`)
    const rows = page.locator('table tbody tr')
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    // The service column fills in once the admin has loaded the related services' names.
    const rowTexts = async () => (await rows.allInnerTexts()).map((row) => row.replace(/\s+/g, ' '))
    await expect
      .poll(
        async () => (await rowTexts()).filter((row) => row.includes('Supported Employment')).length,
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0)
    expect(
      (await rowTexts()).filter((row) => /Individuell placering|Stöd i studier/.test(row)),
    ).toEqual([])
  } finally {
    await browser.close()
  }
})

test('an English browser gets the admin in Swedish; intake staff land on their work, editors on the collections', async () => {
  const browser = await launchBrowser()
  const newPage = async () =>
    (
      await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' })
    ).newPage()
  try {
    const intakePage = await newPage()
    await signIn(intakePage, demoUser('intake'))
    await intakePage.goto(`${cmsUrl()}/admin`)
    const work = intakePage.getByRole('region', { name: 'Ditt intagsarbete' })
    await expect.poll(() => work.count(), { timeout: 30_000 }).toBe(1)
    // Each count is a link into the queue, filtered to exactly those referrals.
    const counts = work.locator('a[href*="/admin/intake?"]')
    expect(await counts.count()).toBeGreaterThan(0)
    expect(await work.getByRole('link', { name: 'Öppna intagskön' }).getAttribute('href')).toBe(
      '/admin/intake',
    )
    expect(await intakePage.locator('html').getAttribute('lang')).toBe('sv')
    const intakeText = await intakePage.locator('body').innerText()
    // Payload's own words in English, and the collection cards, are what an intake worker saw before.
    expect(intakeText).not.toMatch(/\b(Dashboard|Collections|Log out|Create New)\b/)
    expect(await intakePage.locator('.collections').count()).toBe(0)

    const editorPage = await newPage()
    await signIn(editorPage, demoUser('editor'))
    await editorPage.goto(`${cmsUrl()}/admin`)
    await expect.poll(() => editorPage.locator('.collections').count(), { timeout: 30_000 }).toBe(1)
    expect(await editorPage.getByRole('region', { name: 'Ditt intagsarbete' }).count()).toBe(0)
    expect(await editorPage.locator('body').innerText()).toContain('Sidor')
  } finally {
    await browser.close()
  }
})

test('the queue says when a service or caseworker chosen earlier lies outside the unit now chosen', async () => {
  const payload = await testPayload()
  const byField = async (collection: 'services' | 'users', field: string, value: string) =>
    (await payload.find({ collection, where: { [field]: { equals: value } }, depth: 0 }))
      .docs[0] as unknown as { id: number; unit?: number }
  const se = await byField('services', 'slug', 'se')
  const otherUnit = (await byField('services', 'slug', 'ips-enkoping-habo')).unit!
  const seStaff = demoUsers.find(
    (u) => u.role === 'intake' && (u.services as readonly string[]).includes('se'),
  )!
  const caseworker = await byField('users', 'email', seStaff.email)
  const browser = await launchBrowser()
  const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage()
  try {
    await signIn(page, demoUser('admin'))
    await page.goto(
      `${cmsUrl()}/admin/intake?unit=${otherUnit}&service=${se.id}&assignee=${caseworker.id}`,
    )
    const chosen = (label: string) =>
      page.getByLabel(label, { exact: true }).locator('option:checked').innerText()
    await expect
      .poll(() => chosen('Tjänst'), { timeout: 30_000 })
      .toBe('Vald tjänst, utanför urvalet')
    expect(await chosen('Handläggare')).toBe('Vald handläggare, utanför urvalet')
    expect(await page.locator('.intake-queue__filters').innerText()).not.toContain(seStaff.name)
  } finally {
    await browser.close()
  }
})

test('publishing from the English tab a page with no Swedish text names the fields; it stays a draft', async () => {
  const payload = await testPayload()
  const draft = await payload.create({
    collection: 'pages',
    draft: true,
    locale: 'en',
    data: {
      title: 'About us',
      summary: 'Written in English only.',
      body: richText([paragraph('English first.')]),
      slug: `svenska-admin-${Date.now().toString(36)}`,
      audience: 'about',
    } as never,
  })
  const browser = await launchBrowser()
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' })
  ).newPage()
  try {
    await signIn(page, demoUser('editor'))
    await page.goto(`${cmsUrl()}/admin/collections/pages/${draft.id}?locale=en`)
    await page.getByRole('button', { name: /^Publicera/ }).click()
    const toast = page.locator('.payload-toast-container')
    await expect
      .poll(() => toast.innerText(), { timeout: 30_000 })
      .toMatch(/Följande fält är ogiltiga \(3\):\s*Rubrik\s*Sammanfattning\s*Text/)
    // Each field says it at its place, in the tab the editor works in.
    await expect.poll(() => page.getByText('Texten saknas på svenska').count()).toBe(3)
    const stored = await payload.findByID({ collection: 'pages', id: draft.id, depth: 0 })
    expect(stored._status).toBe('draft')
  } finally {
    // The admin remembers the editor's language: back to Swedish for the tests that follow.
    await page.goto(`${cmsUrl()}/admin/collections/pages?locale=sv`)
    await browser.close()
    await payload.delete({ collection: 'pages', id: draft.id })
  }
})
