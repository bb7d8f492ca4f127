import type { Locator, Page } from 'playwright-core'

import { demoUsers } from '@stodportalen/seed'
import { submitReferral } from '@stodportalen/support-services'
import {
  actionLabels,
  allowedTransitions,
  moveToServiceLabel,
} from '@stodportalen/support-services/domain'
import { randomBytes } from 'node:crypto'
import { expect, inject, test } from 'vitest'

import { validIpsAnswers } from '../support/answers'
import { accessibilityViolations, launchBrowser } from '../support/browser'
import { testPayload } from '../support/cms'

const cmsUrl = () => inject('system').cmsUrl
const intake = demoUsers.find(
  (u) => u.role === 'intake' && (u.services as readonly string[]).includes('ips'),
)!

/** References of IPS referrals in status `received`; a fresh one when the seed left none. */
async function receivedIpsReferences(): Promise<string[]> {
  const payload = await testPayload()
  const ips = (
    await payload.find({ collection: 'services', where: { slug: { equals: 'ips' } }, depth: 0 })
  ).docs[0]
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { service: { equals: ips.id }, status: { equals: 'received' } },
    select: { reference: true },
    pagination: false,
    depth: 0,
  })
  if (docs.length > 0) return docs.map((d) => d.reference)
  const result = await submitReferral(
    payload,
    { service: 'ips', answers: validIpsAnswers },
    { randomBytes: (n) => randomBytes(n) },
  )
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result.errors)}`)
  return [result.reference]
}

/**
 * From the intake queue to a received IPS referral: the queue links each reference to the referral's
 * page; when this queue shows none of them, the collection's list (searched by reference) does.
 */
async function openReceivedReferral(page: Page): Promise<string> {
  const references = await receivedIpsReferences()
  await page.goto(`${cmsUrl()}/admin/intake`)
  const linked = (
    await page.locator('a[href*="/admin/collections/referrals/"]').allInnerTexts()
  ).map((text) => text.trim())
  const reference = linked.find((text) => references.includes(text)) ?? references[0]
  if (!linked.includes(reference))
    await page.goto(
      `${cmsUrl()}/admin/collections/referrals?search=${encodeURIComponent(reference)}`,
    )
  await page.getByRole('link', { name: reference, exact: true }).first().click()
  await page.waitForURL(/\/admin\/collections\/referrals\/\d+/, { timeout: 30_000 })
  return reference
}

test('intake staff take a referral from received to closed on its page; the history shows every step and who took it', async () => {
  const browser = await launchBrowser()
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' })
  ).newPage()
  const actions = page.locator('.referral-case--actions')
  const status = () => actions.locator('.case-facts__status').innerText()
  const expectStatus = (label: string) =>
    expect.poll(status, { timeout: 30_000, message: `status should become ${label}` }).toBe(label)
  const actionButtons = () => actions.locator('.case-actions__buttons button').allInnerTexts()
  const openMove = async (label: string): Promise<Locator> => {
    await actions.getByRole('button', { name: label, exact: true }).click()
    return actions.getByRole('group', { name: label, exact: true })
  }
  const move = async (label: string) =>
    (await openMove(label)).getByRole('button', { name: 'Bekräfta' }).click()
  try {
    await page.goto(`${cmsUrl()}/admin/login`)
    await page.fill('input[name="email"]', intake.email)
    await page.fill('input[name="password"]', intake.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })

    const reference = await openReceivedReferral(page)
    await expect
      .poll(() => page.locator('h1').first().innerText(), { timeout: 30_000 })
      .toContain(reference)
    expect(await status()).toBe('Inkommen')

    // Only the moves the workflow allows from "received" are offered: no closing before enrolment.
    const allowed = [
      ...allowedTransitions('received').map((t) => actionLabels[t.action]),
      moveToServiceLabel,
    ]
    const offered = await actionButtons()
    expect(offered.filter((label) => !allowed.includes(label))).toEqual([])
    expect(offered).toContain('Markera som granskad')
    expect(offered).not.toContain('Avsluta')
    expect(offered).not.toContain('Skriv in')

    await actions.getByRole('button', { name: 'Tilldela mig' }).click()
    await expect
      .poll(() => actions.locator('.case-facts__assignee').innerText(), { timeout: 30_000 })
      .toContain(`${intake.name} (du)`)

    await move('Markera som granskad')
    await expectStatus('Granskad')
    await move('Sätt i kö')
    await expectStatus('Väntar')

    const contacts = page.locator('.referral-case--contacts')
    await contacts.getByLabel('Kanal').selectOption({ label: 'Telefon' })
    await contacts.getByLabel('Resultat').selectOption({ label: 'Fick kontakt' })
    await contacts.getByRole('button', { name: 'Spara kontaktförsök' }).click()
    await expect
      .poll(() => contacts.locator('.case-list').innerText(), { timeout: 30_000 })
      .toMatch(/Telefon · Fick kontakt/)

    await move('Första samtal')
    await expectStatus('Första samtal')
    await move('Skriv in')
    await expectStatus('Inskriven')

    // "Other" says nothing by itself: the server asks for a reason, and the form keeps what was chosen.
    const close = await openMove('Avsluta')
    await close.getByLabel('Utfall').selectOption({ label: 'Annat' })
    await close.getByRole('button', { name: 'Bekräfta' }).click()
    await expect
      .poll(() => close.getByRole('alert').innerText(), { timeout: 30_000 })
      .toContain('Skriv en anledning')
    expect(await close.getByLabel('Utfall').inputValue()).toBe('other')
    expect(await status()).toBe('Inskriven')
    expect(await accessibilityViolations(page, '.referral-case')).toEqual([])

    await close.getByLabel('Utfall').selectOption({ label: 'Arbete utan subvention' })
    await close.getByRole('button', { name: 'Bekräfta' }).click()
    await expectStatus('Avslutad')
    expect(await actionButtons()).toEqual(['Öppna igen'])

    // The history: every step, newest first, each with who took it.
    const history = page.locator('.referral-case--history .case-timeline__item')
    const steps = [
      'Status ändrad: Inskriven → Avslutad',
      'Status ändrad: Första samtal → Inskriven',
      'Status ändrad: Väntar → Första samtal',
      'Kontaktförsök: Telefon: Fick kontakt',
      'Status ändrad: Granskad → Väntar',
      'Status ändrad: Inkommen → Granskad',
      `Handläggare ändrad: ${intake.name}`,
    ]
    const entries = (await history.allInnerTexts()).map((text) => text.replace(/\s+/g, ' '))
    const positions = steps.map((step) => entries.findIndex((entry) => entry.includes(step)))
    expect(positions, entries.join('\n')).toEqual([...positions].sort((a, b) => a - b))
    expect(
      positions.every((p) => p >= 0),
      entries.join('\n'),
    ).toBe(true)
    for (const p of positions) expect(entries[p]).toContain(intake.name)
    expect(entries[positions[0]]).toContain('Utfall: Arbete utan subvention')

    // The server refuses what the page does not offer, with a message that says why.
    const refusal = await page.evaluate(
      async (id) => {
        const response = await fetch(`/api/referrals/${id}`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ status: 'active' }),
        })
        return {
          status: response.status,
          body: (await response.json()) as { errors: { message: string }[] },
        }
      },
      /referrals\/(\d+)/.exec(page.url())![1],
    )
    expect(refusal.status).toBe(400)
    expect(refusal.body.errors[0].message).toContain('kan inte gå från ”Avslutad” till ”Aktiv”')

    expect(await accessibilityViolations(page, '.referral-case')).toEqual([])
  } finally {
    await browser.close()
  }
})
