import { demoUsers } from '@stodportalen/seed'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, inject, test } from 'vitest'

import { accessibilityViolations, launchBrowser } from '../support/browser'
import { testPayload } from '../support/cms'
import { firstUnit } from '../support/units'

const cmsUrl = () => inject('system').cmsUrl
const admin = demoUsers.find((u) => u.role === 'admin')!
const repoRoot = path.join(import.meta.dirname, '../..')

/** The example's rows that are still open (in the queue or in progress) after the import. */
const openCaseIds = [
  'UPP-2025-002',
  ...['004', '008', '009', '010', '011', '012'].map((n) => `UPP-2026-${n}`),
]

test('an admin uploads a file with errors, reads them, uploads it fixed, imports, and finds the people in the intake queue', async () => {
  const payload = await testPayload()
  // A service of its own (closed to the public, so the site leaves it out), so the queue below
  // lists this import's referrals only.
  const slug = `import-e2e-${Date.now().toString(36)}`
  const service = await payload.create({
    collection: 'services',
    data: {
      unit: await firstUnit(payload),
      name: 'Importtest',
      summary: 'Testdata',
      slug,
      method: 'ips',
      status: 'closed',
    } as never,
  })
  const example = (
    await readFile(path.join(repoRoot, 'docs/import/exempel.csv'), 'utf8')
  ).replaceAll(';IPS;', `;${slug};`)
  // Row 13 names a unit the install does not have; row 4 has its first contact before it was queued.
  const wrong = example
    .replace('UPP-2026-012;;', 'UPP-2026-012;Enhet Syd;')
    .replace('2026-01-14;2026-01-28', '2026-01-28;2026-01-14')
  expect(wrong).not.toBe(example)

  const browser = await launchBrowser()
  // axe opens pages of its own in the page's context: a context, not the browser's default page.
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' })
  ).newPage()
  try {
    await page.goto(`${cmsUrl()}/admin/login`)
    await page.fill('input[name="email"]', admin.email)
    await page.fill('input[name="password"]', admin.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })

    await page.goto(`${cmsUrl()}/admin/import`)
    const fileInput = page.getByLabel('Fil med ärenden (.xlsx eller .csv)')
    await fileInput.waitFor({ timeout: 60_000 })
    expect(await accessibilityViolations(page, '.caseload-import-view')).toEqual([])

    const upload = async (content: string) => {
      await fileInput.setInputFiles({
        name: 'arenden.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(content),
      })
      await page.getByRole('button', { name: 'Kontrollera filen' }).click()
    }

    await upload(wrong)
    const errors = page.getByRole('table', { name: 'Rader med fel' })
    await errors.waitFor({ timeout: 60_000 })
    const errorRows = await errors
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())),
      )
    expect(errorRows).toEqual([
      ['4', 'Första samtal', 'Första samtal (2026-01-14) ligger före Köad (2026-01-28).'],
      ['13', 'Enhet', expect.stringContaining('Enhet Syd')],
    ])
    const counts = page.locator('.caseload-import__counts')
    expect(await counts.innerText()).toMatch(/Klara att importera\s+10\s+Med fel\s+2/)
    // With errors the import waits until the admin chooses to import the good rows only.
    expect(await page.getByRole('button', { name: 'Importera 10 ärenden' }).isDisabled()).toBe(true)
    expect(await accessibilityViolations(page, '.caseload-import-view')).toEqual([])

    await upload(example)
    await expect
      .poll(() => counts.innerText(), { timeout: 60_000 })
      .toMatch(/Klara att importera\s+12\s+Med fel\s+0/)
    expect(await errors.count()).toBe(0)
    await page.getByRole('button', { name: 'Importera 12 ärenden' }).click()
    await page
      .getByText('12 ärenden är importerade med sin historik.')
      .waitFor({ timeout: 120_000 })
    // The list of earlier imports names the file and the admin.
    const batches = page.getByRole('region', { name: 'Tidigare importer' })
    await expect
      .poll(() => batches.innerText(), { timeout: 30_000 })
      .toMatch(/arenden\.csv[\s\S]*admin@stodportalen\.example\s+12/)

    const { docs } = await payload.find({
      collection: 'referrals',
      where: { service: { equals: service.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const referenceOf = new Map(docs.map((d) => [d.externalCaseId, d.reference]))
    expect(docs.length).toBe(12)

    await page.goto(`${cmsUrl()}/admin/intake?service=${service.id}`)
    const queue = page.locator('a[href*="/admin/collections/referrals/"]')
    await queue.first().waitFor({ timeout: 60_000 })
    expect((await queue.allInnerTexts()).map((t) => t.trim()).sort()).toEqual(
      openCaseIds.map((id) => referenceOf.get(id)).sort(),
    )
    // The one named person is there by name on their referral's page (decrypted for staff).
    await page.getByRole('link', { name: referenceOf.get('UPP-2026-011')!, exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/referrals\/\d+/, { timeout: 30_000 })
    await page.getByText('Uppgifter', { exact: true }).first().click()
    await expect
      .poll(() => page.locator('input[name="applicant.name"]').inputValue(), { timeout: 30_000 })
      .toBe('Exempel Exempelsson')
  } finally {
    await browser.close()
  }
}, 300_000)
