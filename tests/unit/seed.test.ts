import {
  checkCaseRecord,
  checkTransition,
  eligibilityRulesSchema,
  formDefinitionSchema,
  locales,
  normalizeCampaignCode,
  type Status,
  validateAnswers,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { outreachActivities } from '../../seed/data/outreach'
import { services } from '../../seed/data/services'
import { goteborgUnits } from '../../seed/data/units'
import {
  duplicatePairs,
  duplicatePairsFor,
  generateReferrals,
  goteborgArea,
  type ReferralSeed,
} from '../../seed/src/referrals'
import { demoUsers } from '../../seed/src/users'

const today = '2026-11-20'
const endOfToday = `${today}T23:59:59.999Z`
const options = { seed: 20250101, count: 200, today }

/** Every object with an `sv` string is a LocalizedText: collect them with their paths. */
function localizedTexts(value: unknown, path = ''): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`))
  if (typeof value !== 'object' || value === null) return []
  const record = value as Record<string, unknown>
  if (typeof record.sv === 'string') return [[path, record]]
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, path ? `${path}.${k}` : k))
}

const isFictionPhone = (phone: string) => {
  const digits = phone.replace(/\D/g, '')
  const n = Number(digits.slice(-2))
  return (
    (digits.startsWith('03139006') && digits.length === 10) ||
    (digits.startsWith('07017406') && digits.length === 10 && n >= 5)
  )
}

describe('seed services', () => {
  it('has IPS, SEd and SE for Uppsala kommun, and IPS for Enköping and Håbo in a second unit', () => {
    expect(services.map((s) => s.slug)).toEqual([
      'ips',
      'sed',
      'se',
      'ips-enkoping-habo',
      'ips-goteborg-nordost',
      'ips-goteborg-hisingen',
      'ips-goteborg-centrum-sydvast',
    ])
    for (const s of services.slice(0, 3)) {
      expect(s.method).toBe(s.slug)
      expect(s.municipality).toEqual({ code: '0380', name: 'Uppsala kommun' })
      expect(s.caseloadTarget).toBe(20)
    }
    const second = services[3]
    expect(second.method).toBe('ips')
    expect(second.unit).not.toBe(services[0].unit)
    expect(second.eligibilityRules.residence).toEqual({ municipalities: ['0381', '0305'] })
  })

  it('has one IPS service in each Göteborg unit, routed by district through its unit', () => {
    const goteborg = services.slice(4)
    expect(goteborg.map((s) => s.unit)).toEqual(goteborgUnits.map((u) => u.name))
    for (const [i, s] of goteborg.entries()) {
      expect(s.method).toBe('ips')
      expect(s.municipality.code).toBe('1480')
      expect(s.eligibilityRules.residence).toEqual({ municipalities: ['1480'] })
      expect(s.contact).toEqual(goteborgUnits[i].contact)
    }
    // Staff of their own unit's service only, and referrals to each.
    for (const s of goteborg) {
      const staff = demoUsers.filter((u) => (u.services as readonly string[]).includes(s.slug))
      expect(
        staff.map((u) => u.units),
        s.slug,
      ).toEqual([[s.unit]])
    }
    const referrals = generateReferrals({ seed: 2028, count: 42, today, area: goteborgArea })
    for (const s of goteborg)
      expect(referrals.filter((r) => r.service === s.slug).length, s.slug).toBeGreaterThan(5)
  })

  it.each(services.map((s) => [s.slug, s] as const))(
    '%s: the form passes formDefinitionSchema',
    (_, s) => {
      const parsed = formDefinitionSchema.safeParse(s.form.definition)
      expect(parsed.error?.issues ?? []).toEqual([])
    },
  )

  it.each(services.map((s) => [s.slug, s] as const))(
    '%s: the rules pass eligibilityRulesSchema',
    (_, s) => {
      const parsed = eligibilityRulesSchema.safeParse(s.eligibilityRules)
      expect(parsed.error?.issues ?? []).toEqual([])
    },
  )

  it('has the rules the Uppsala follow-up states for IPS and SEd', () => {
    const [ips, sed] = services
    expect(ips.eligibilityRules).toEqual({
      age: { min: 18, max: 65 },
      residence: { municipalities: ['0380'] },
      careContact: { anyOf: ['psychiatry', 'primaryCare'] },
      consentToCollaboration: true,
      goal: { anyOf: ['work'] },
    })
    expect(sed.eligibilityRules).toEqual({
      age: { min: 18, max: 60 },
      residence: { municipalities: ['0380'] },
      careContact: { anyOf: ['psychiatry', 'primaryCare'] },
      consentToCollaboration: true,
      goal: { anyOf: ['studies'] },
    })
  })

  it('says plainly that the SE rules are an assumption', () => {
    const se = services.find((s) => s.slug === 'se')!
    expect(se.rulesSource.sv).toMatch(/^Antagande/)
    expect(se.rulesSource.en).toMatch(/^Assumption/)
  })

  it('has every text in every locale', () => {
    for (const s of services) {
      const texts = localizedTexts(s)
      expect(texts.length).toBeGreaterThan(50)
      for (const [path, text] of texts) {
        for (const locale of locales) {
          expect(
            typeof text[locale] === 'string' && (text[locale] as string).trim() !== '',
            `${s.slug}.${path}.${locale}`,
          ).toBe(true)
        }
      }
    }
  })

  it('writes Arabic in Arabic script', () => {
    for (const s of services)
      for (const [path, text] of localizedTexts(s)) {
        expect(text.ar as string, `${s.slug}.${path}`).toMatch(/[\u0600-\u06FF]/)
      }
  })

  it('uses fictional contact details only', () => {
    for (const s of services) {
      expect(isFictionPhone(s.contact.phone), s.contact.phone).toBe(true)
      expect(s.contact.email).toMatch(/@(uppsala|enkoping-habo|goteborg)\.example$/)
      expect(s.languages.every((l) => /^[a-z]{2}$/.test(l))).toBe(true)
    }
  })

  it('asks who is filling in first, and nothing about diagnosis or health', () => {
    for (const s of services) {
      const first = s.form.definition.steps[0].questions[0]
      expect(first).toMatchObject({ kind: 'standard', field: 'referrerKind' })
      const keys = s.form.definition.steps.flatMap((step) =>
        step.questions.map((q) => (q.kind === 'standard' ? q.field : q.key)),
      )
      expect(keys.some((k) => /diagnos|health|medic/i.test(k))).toBe(false)
    }
  })
})

describe('generateReferrals', () => {
  const referrals = generateReferrals(options)
  const formOf = (r: ReferralSeed) => services.find((s) => s.slug === r.service)!.form.definition
  const finalStatus = (r: ReferralSeed): Status => r.history.at(-1)?.to ?? 'received'

  it('generates the requested number of referrals', () => {
    expect(referrals).toHaveLength(200)
    expect(generateReferrals({ ...options, count: 0 })).toEqual([])
  })

  it('is deterministic: the same seed gives the same data, another seed other data', () => {
    expect(generateReferrals(options)).toEqual(referrals)
    expect(generateReferrals({ ...options, seed: options.seed + 1 })).not.toEqual(referrals)
  })

  it('gives answers that are valid for the service form', () => {
    for (const [i, r] of referrals.entries()) {
      const result = validateAnswers(formOf(r), r.answers, { today })
      expect(result.ok ? [] : result.errors, `referral ${i}`).toEqual([])
    }
  })

  it('gives every referral a legal chain of status changes from received', () => {
    for (const [i, r] of referrals.entries()) {
      let from: Status = 'received'
      for (const step of r.history) {
        const check = checkTransition({
          from,
          to: step.to,
          reason: step.reason,
          outcome: step.outcome,
          target: step.target,
        })
        expect(check.ok ? 'ok' : check.message, `referral ${i}: ${from} → ${step.to}`).toBe('ok')
        from = step.to
      }
    }
  })

  it('keeps dates in order, inside the period and not after today', () => {
    for (const [i, r] of referrals.entries()) {
      const times = [r.receivedAt, ...r.history.map((h) => h.at)]
      for (const t of times) expect(new Date(t).toISOString(), `referral ${i}`).toBe(t)
      expect(r.receivedAt >= '2025-01-01', `referral ${i}`).toBe(true)
      for (let k = 1; k < times.length; k++)
        expect(times[k] >= times[k - 1], `referral ${i} step ${k}`).toBe(true)
      expect(times.at(-1)! <= endOfToday, `referral ${i}`).toBe(true)
    }
    const received = referrals.map((r) => r.receivedAt)
    expect(received).toEqual([...received].sort())
  })

  it('uses only fictional phone numbers and example.org e-mail addresses', () => {
    for (const r of referrals) {
      for (const key of ['phone', 'referrerPhone']) {
        if (r.answers[key] !== undefined)
          expect(isFictionPhone(r.answers[key] as string), String(r.answers[key])).toBe(true)
      }
      for (const key of ['email', 'referrerEmail']) {
        if (r.answers[key] !== undefined) expect(r.answers[key]).toMatch(/@example\.org$/)
      }
    }
  })

  it('plants exactly the listed duplicate pairs', () => {
    expect(duplicatePairsFor(200)).toEqual(duplicatePairs)
    const a = (i: number) => referrals[i].answers
    const [[a1, b1], [a2, b2], [a3, b3]] = duplicatePairs
    for (const [x, y] of [
      [a1, b1],
      [a2, b2],
    ]) {
      expect(a(y).name).toBe(a(x).name)
      expect(a(y).dateOfBirth).toBe(a(x).dateOfBirth)
    }
    expect(a(b3).phone).toBeDefined()
    expect(a(b3).phone).toBe(a(a3).phone)
    expect(a(b3).name).not.toBe(a(a3).name)

    // No other pair shares name and date of birth, or a phone number.
    const planted = new Set(duplicatePairs.map(([x, y]) => `${x}-${y}`))
    const byIdentity = new Map<string, number>()
    const byPhone = new Map<string, number>()
    const accidental: string[] = []
    referrals.forEach((r, i) => {
      const identity = `${r.answers.name} ${r.answers.dateOfBirth}`
      const phone =
        typeof r.answers.phone === 'string' ? r.answers.phone.replace(/\D/g, '') : undefined
      for (const [map, key] of [
        [byIdentity, identity],
        [byPhone, phone],
      ] as const) {
        if (key === undefined) continue
        const earlier = map.get(key)
        if (earlier !== undefined && !planted.has(`${earlier}-${i}`))
          accidental.push(`${earlier}-${i} (${key})`)
        map.set(key, i)
      }
    })
    expect(accidental).toEqual([])
  })

  it('has a realistic mix', () => {
    const count = <T>(list: T[]) =>
      list.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>())
    const byService = count(referrals.map((r) => r.service))
    expect(byService.get('ips')!).toBeGreaterThan(byService.get('sed')!)
    expect(byService.get('sed')!).toBeGreaterThan(byService.get('se')!)
    expect(byService.get('se')!).toBeGreaterThan(0)

    const statuses = count(referrals.map(finalStatus))
    for (const s of [
      'waiting',
      'active',
      'closed',
      'redirected',
      'declined',
      'withdrawn',
    ] as const) {
      expect(statuses.get(s) ?? 0, s).toBeGreaterThan(0)
    }
    const queued = ['received', 'screened', 'waiting', 'firstContact'].reduce(
      (n, s) => n + (statuses.get(s as Status) ?? 0),
      0,
    )
    expect(queued).toBeGreaterThanOrEqual(20)

    const outcomes = new Set(
      referrals.flatMap((r) => r.history.map((h) => h.outcome)).filter(Boolean),
    )
    expect(outcomes.size).toBeGreaterThanOrEqual(5)
    const targets = new Set(
      referrals.flatMap((r) => r.history.map((h) => h.target)).filter(Boolean),
    )
    expect([...targets].sort()).toEqual(['Arbetsförmedlingen', 'Komvux', 'Ung Intro'])
    const reopened = referrals.filter((r) =>
      r.history.some((h, k) => k > 0 && h.to === 'waiting' && h.reason),
    )
    expect(reopened.length).toBeGreaterThanOrEqual(1)
    expect(reopened.length).toBeLessThanOrEqual(2)

    const genders = new Set(referrals.map((r) => r.answers.gender))
    for (const g of ['woman', 'man', 'other', 'notStated', undefined])
      expect(genders.has(g), String(g)).toBe(true)
    expect(referrals.some((r) => r.answers.municipality !== '0380')).toBe(true)
    expect(referrals.some((r) => r.answers.referrerKind === 'professional')).toBe(true)
    expect(referrals.some((r) => r.priority === 'high')).toBe(true)

    const ageAtReceipt = (r: ReferralSeed) => {
      const [by, bm, bd] = String(r.answers.dateOfBirth).split('-').map(Number)
      const [ty, tm, td] = r.receivedAt.slice(0, 10).split('-').map(Number)
      return ty - by - (tm > bm || (tm === bm && td >= bd) ? 0 : 1)
    }
    const ages = referrals.map(ageAtReceipt)
    expect(Math.min(...ages)).toBeLessThan(18)
    expect(Math.max(...ages)).toBeGreaterThan(65)
  })

  it('records the road to work only after enrolment, each record one staff could save', () => {
    const enrolledOn = (r: ReferralSeed) =>
      r.history.find((e) => e.to === 'enrolled')?.at.slice(0, 10)
    const records = referrals.flatMap((r) => r.work.map((w) => ({ r, w })))
    const starts = records.filter(({ w }) => w.type === 'workStart')
    expect(starts.length, 'starts').toBeGreaterThan(20)
    expect(new Set(starts.map(({ w }) => w.type === 'workStart' && w.workStart.kind)).size).toBe(4)
    expect(starts.some(({ w }) => w.type === 'workStart' && w.end)).toBe(true)
    expect(records.some(({ w }) => w.type === 'employerContact')).toBe(true)
    for (const { r, w } of records) {
      const facts = { enrolledOn: enrolledOn(r) }
      const check = checkCaseRecord(w, 'active', today, facts)
      expect(check.ok ? 'ok' : check.message, JSON.stringify(w)).toBe('ok')
      if (w.type !== 'workStart' || !w.end) continue
      const end = { type: 'workEnd', date: w.end.date, workEnd: { start: 1, reason: w.end.reason } }
      const ended = checkCaseRecord(end, 'active', today, { start: { date: w.date, ended: false } })
      expect(ended.ok ? 'ok' : ended.message, JSON.stringify(w)).toBe('ok')
    }
  })

  it('gives the estimate its figures: most with every amount, a few lacking one', () => {
    const enrolledOnce = referrals.filter(
      (r) => r.history.filter((e) => e.to === 'enrolled').length === 1,
    )
    const profiles = enrolledOnce.flatMap((r) => r.work.filter((w) => w.type === 'profile'))
    expect(profiles.length / enrolledOnce.length, 'share with a profile').toBeGreaterThan(0.85)
    expect(profiles.length, 'everyone has a profile').toBeLessThan(enrolledOnce.length)
    const sources = new Set(profiles.map((p) => p.profile.incomeSource))
    for (const source of ['socialAssistance', 'sicknessCompensation', 'unemploymentSupport'])
      expect(sources, source).toContain(source)
    expect(profiles.some((p) => p.profile.housingSupportHours)).toBe(true)
    const jobs = referrals.flatMap((r) =>
      r.work.flatMap((w) =>
        w.type === 'workStart' && w.workStart.kind !== 'studies' ? [w.workStart] : [],
      ),
    )
    const subsidised = jobs.filter((j) => j.kind === 'subsidisedJob')
    const withSubsidy = subsidised.filter((j) => j.monthlyWageSubsidy != null)
    expect(withSubsidy.length, 'subsidised jobs with their subsidy').toBeGreaterThan(
      subsidised.length / 2,
    )
    expect(withSubsidy.every((j) => j.monthlyWageSubsidy! < j.monthlySalary!)).toBe(true)
    const withSalary = jobs.filter((j) => j.monthlySalary != null).length
    expect(withSalary / jobs.length, 'jobs with a salary').toBeGreaterThan(0.85)
    expect(jobs.some((j) => j.housingSupportHours != null)).toBe(true)
  })
})

describe('the seeded outreach log', () => {
  it('has ten activities across ten arenas in 2025–2026, each with its own valid campaign code', () => {
    expect(outreachActivities).toHaveLength(10)
    expect(new Set(outreachActivities.map((a) => a.arena)).size).toBe(10)
    for (const a of outreachActivities) {
      expect(normalizeCampaignCode(a.code), a.code).toBe(a.code)
      expect(a.date, a.title).toMatch(/^202[56]-\d{2}-\d{2}$/)
      expect(a.landing.target === 'check' || Boolean(a.landing.service), a.title).toBe(true)
    }
    expect(new Set(outreachActivities.map((a) => a.code)).size).toBe(10)
  })
})
