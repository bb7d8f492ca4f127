/**
 * Residents sending the no-JavaScript form through the site, and the check afterwards of what they were
 * told against what is stored: shared by the chaos and scale benchmarks.
 */
import { randomUUID } from 'node:crypto'

import { ipsFormAnswers, postForm, referenceOnPage, sendFields } from '../support/referralForm'
import { sleep } from './lib'

export interface Told {
  /** Which of the concurrent residents (a worker sending one form fill after another). */
  resident: number
  person: string
  reference: string
  /** When the resident saw the confirmation (wall clock, ms). */
  at: number
}

const nameOf = (n: number) => `Kaos Person ${n}`

/**
 * `count` residents, each sending one form fill after another (a different synthetic person each) until
 * `stop()`. A fill is sent until the page confirms it; a resident told to try again, or whose request
 * failed, does so after a second with the same fill, as the page invites them to.
 */
export const startResidents = (siteUrl: string, count: number) => {
  const told: Told[] = []
  const counts = { sent: 0, tryAgain: 0, failed: 0, gaveUp: 0 }
  let people = 0
  let loading = true
  const resident = async (index: number) => {
    while (loading) {
      const n = ++people
      const answers = {
        ...ipsFormAnswers,
        name: nameOf(n),
        phone: `0738${String(n).padStart(6, '0')}`,
      }
      const key = randomUUID()
      for (;;) {
        counts.sent++
        const response = await postForm(
          siteUrl,
          '/stod/ips/anmalan',
          sendFields(answers, key),
        ).catch(() => null)
        const reference = response?.status === 200 ? referenceOnPage(await response.text()) : null
        if (reference) {
          told.push({ resident: index, person: nameOf(n), reference, at: Date.now() })
          break
        }
        if (response?.status === 200) counts.tryAgain++
        else counts.failed++
        if (!loading) {
          counts.gaveUp++
          break
        }
        await sleep(1000)
      }
    }
  }
  const workers = Array.from({ length: count }, (_, index) => resident(index))
  return {
    told,
    counts,
    stop: async () => {
      loading = false
      await Promise.all(workers)
    },
  }
}

export interface StoredReferral {
  reference: string
  name: string
  createdAt: string
}

/** Every referral stored since `since`, read over REST as staff. */
export const storedSince = async (
  cmsUrl: string,
  auth: Record<string, string>,
  since: Date,
): Promise<StoredReferral[]> => {
  const stored: StoredReferral[] = []
  for (let page = 1; ; page++) {
    const query = `where[createdAt][greater_than_equal]=${encodeURIComponent(since.toISOString())}&limit=500&page=${page}&depth=0&sort=id`
    const answer = (await (
      await fetch(`${cmsUrl}/api/referrals?${query}`, { headers: auth })
    ).json()) as {
      docs: Array<{ reference: string; applicant: { name: string }; createdAt: string }>
      hasNextPage: boolean
    }
    stored.push(
      ...answer.docs.map((d) => ({
        reference: d.reference,
        name: d.applicant?.name,
        createdAt: d.createdAt,
      })),
    )
    if (!answer.hasNextPage) return stored
  }
}

/**
 * What the residents were told against what is stored: lost (told received, not stored under that
 * reference for that person), duplicates (one person stored twice), stored but never confirmed (the
 * load ended before their retry was answered), and how many went through an outbox (stored after the
 * resident was told; a direct submission is stored first).
 */
export const compareTold = (told: readonly Told[], stored: readonly StoredReferral[]) => {
  const byName = new Map<string, number>()
  for (const row of stored) byName.set(row.name, (byName.get(row.name) ?? 0) + 1)
  const byReference = new Map(stored.map((row) => [row.reference, row]))
  const lost = told.filter((t) => byReference.get(t.reference)?.name !== t.person)
  const toldPeople = new Set(told.map((t) => t.person))
  return {
    stored: told.length - lost.length,
    lost: lost.length,
    duplicates: [...byName.values()].reduce((sum, rows) => sum + rows - 1, 0),
    storedNotTold: stored.filter(
      (row) => row.name?.startsWith('Kaos Person') && !toldPeople.has(row.name),
    ).length,
    viaOutbox: told.filter((t) => {
      const row = byReference.get(t.reference)
      return row && Date.parse(row.createdAt) > t.at
    }).length,
    // What a lost resident was told, and whatever is stored under their (synthetic) name: where to look.
    lostDetails: lost
      .slice(0, 20)
      .map((t) => ({ ...t, storedUnder: stored.filter((row) => row.name === t.person) })),
  }
}
