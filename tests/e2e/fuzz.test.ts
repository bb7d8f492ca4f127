import { demoUsers } from '@stodportalen/seed'
/**
 * The public ways in under random and malformed input (see support/fuzz.ts): the site's referral page,
 * the CMS's submit endpoint, its deliver endpoint and every other public path of the CMS (REST reads
 * of every collection, the plugin's endpoints, the account endpoints, GraphQL), against the running system. Bounded for
 * `npm test`; `npm run bench -- fuzz` runs the same fuzzer at 10,000 cases. A failure prints the seed:
 * `FUZZ_SEED=<seed> npm test -- --project e2e e2e/fuzz.test.ts` replays it.
 */
import { randomUUID } from 'node:crypto'
import { beforeAll, expect, inject, test } from 'vitest'

import { outboxCounts } from '../../site/src/lib/outbox'
import { login } from '../support/cms'
import { describeProblems, fuzzSeed, runFuzz } from '../support/fuzz'
import { ipsFormAnswers, postForm, referenceOnPage, sendFields } from '../support/referralForm'

const system = inject('system')
const cases = Number(process.env.FUZZ_CASES ?? 2000)

let adminAuth: Record<string, string>
beforeAll(async () => {
  const admin = demoUsers.find((u) => u.role === 'admin')!
  adminAuth = await login(admin.email, admin.password)
})

const referrals = async (where = '') =>
  (
    (await (
      await fetch(`${system.cmsUrl}/api/referrals?limit=1&depth=0${where}`, { headers: adminAuth })
    ).json()) as { totalDocs: number }
  ).totalDocs

test(`${cases} random and malformed requests: never a 5xx, every refusal says why, no referral data leaks, nothing stored, the outbox stays empty`, async () => {
  const seed = fuzzSeed()
  const before = await referrals()
  const report = await runFuzz({
    targets: {
      siteUrl: system.siteUrl!,
      cmsUrl: system.cmsUrl,
      submitKey: system.submitKey,
      outboxPublicKey: system.secrets.OUTBOX_PUBLIC_KEY,
    },
    seed,
    cases,
  })
  expect(report.problems, describeProblems(report)).toEqual([])
  expect(
    report.byTarget.site * report.byTarget.submit * report.byTarget.deliver * report.byTarget.read,
    `seed ${seed}: every target had cases`,
  ).toBeGreaterThan(0)
  expect(await referrals(), `seed ${seed}: referrals stored by the fuzzer`).toBe(before)
  expect(await outboxCounts(system.outboxDir!), `seed ${seed}: the outbox`).toEqual({
    waiting: 0,
    claimed: 0,
    dead: 0,
  })
})

test('the control: the fuzzer\'s own form post, without a defect, is stored (so "nothing stored" means something)', async () => {
  const name = `Fuzzkontroll ${randomUUID().slice(0, 8)}`
  const response = await postForm(
    system.siteUrl!,
    '/stod/ips/anmalan',
    sendFields({ ...ipsFormAnswers, name }, randomUUID()),
  )
  const reference = referenceOnPage(await response.text())
  expect(reference, 'the confirmation page with a reference').not.toBeNull()
  expect(await referrals(`&where[reference][equals]=${reference}`)).toBe(1)
})
