/**
 * Synthetic referrals for demos, reports and tests. Never a real person: names are common Swedish first
 * and last names combined at random, phone numbers come only from the ranges PTS reserves for fiction,
 * e-mail addresses are on the reserved example.org domain.
 *
 * Deterministic: the same options give the same referrals (a small seeded PRNG, no clock, no Math.random).
 */
import {
  type Answers,
  applicantFactsFromAnswers,
  evaluateEligibility,
  type Outcome,
  questionKey,
  type Status,
  visibleQuestions,
} from '@stodportalen/support-services/domain'

import { services, type ServiceSeed } from '../data/services'
import { type ProfileSeed, withEstimateData } from './estimateData'
import { roadToWork, type WorkRecordSeed } from './workStarts'

export type ServiceSlug = ServiceSeed['slug']

type Weighted<T> = readonly (readonly [T, number])[]

/** A unit's share of the synthetic caseload: its services, where its residents live, and where the few who write from outside it do. */
export interface SeedArea {
  services: Weighted<ServiceSlug>
  home: Weighted<string>
  elsewhere: Weighted<string>
}

export const uppsalaArea: SeedArea = {
  services: [
    ['ips', 55],
    ['sed', 33],
    ['se', 12],
  ],
  home: [['0380', 1]],
  elsewhere: [
    ['0381', 3],
    ['0330', 3],
    ['0331', 2],
    ['0360', 2],
    ['0180', 2],
    ['other', 2],
  ],
}

export const enkopingHaboArea: SeedArea = {
  services: [['ips-enkoping-habo', 1]],
  home: [
    ['0381', 6],
    ['0305', 4],
  ],
  elsewhere: [
    ['0380', 3],
    ['other', 1],
  ],
}

/** Göteborg's three units, one IPS service each; the few from outside live in the neighbouring municipalities. */
export const goteborgArea: SeedArea = {
  services: [
    ['ips-goteborg-nordost', 2],
    ['ips-goteborg-hisingen', 2],
    ['ips-goteborg-centrum-sydvast', 3],
  ],
  home: [['1480', 1]],
  elsewhere: [
    ['1481', 2],
    ['1402', 2],
    ['1401', 1],
    ['other', 1],
  ],
}

export interface HistoryEntry {
  to: Status
  at: string
  reason?: string
  outcome?: Outcome
  target?: string
  note?: string
}

export interface ReferralSeed {
  service: ServiceSlug
  /** ISO timestamp (UTC). The referral starts in status 'received' at this moment. */
  receivedAt: string
  priority: 'normal' | 'high'
  /** Valid for that service's form. */
  answers: Answers
  /** Status changes after 'received', oldest first; each one is a legal transition from the one before. */
  history: HistoryEntry[]
  /** The profile at enrolment, the first employer contact, the action plan, starts and their ends. */
  work: (ProfileSeed | WorkRecordSeed)[]
}

export interface GenerateOptions {
  seed: number
  count: number
  /** 'YYYY-MM-DD': nothing happens after this day. */
  today: string
  /** Whose referrals: Uppsala kommun's three services unless another unit's area is given. */
  area?: SeedArea
}

/** First day of the generated period: the year the labour-market administration took over IPS and SEd. */
export const periodStart = '2025-01-01'

/**
 * Index pairs [first, later] of deliberate duplicates planted by `generateReferrals` (for duplicate
 * detection): the later referral repeats the first one's person. Pairs 1 and 2 share name and date of
 * birth; pair 3 shares the phone number (with the last name written differently). A pair is planted only
 * when `count` is larger than its second index; `duplicatePairsFor(count)` lists the planted ones.
 */
export const duplicatePairs: readonly (readonly [number, number])[] = [
  [24, 51],
  [73, 96],
  [118, 137],
]

export function duplicatePairsFor(count: number): (readonly [number, number])[] {
  return duplicatePairs.filter(([, later]) => later < count)
}

/* ------------------------------------------------------------------------------------------------
 * Random numbers
 * ---------------------------------------------------------------------------------------------- */

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for demo data, not for anything secret. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Random {
  private readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  float(): number {
    return this.next()
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]
  }
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((sum, [, w]) => sum + w, 0)
    let r = this.next() * total
    for (const [value, weight] of table) {
      r -= weight
      if (r < 0) return value
    }
    return table[table.length - 1][0]
  }
  shuffle<T>(list: readonly T[]): T[] {
    const copy = [...list]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy
  }
}

/* ------------------------------------------------------------------------------------------------
 * Calendar helpers (UTC days since 1970-01-01)
 * ---------------------------------------------------------------------------------------------- */

const msPerDay = 86_400_000
const msPerMinute = 60_000

function dayOf(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): ${isoDate}`)
  const [y, m, d] = match.slice(1).map(Number)
  const ms = Date.UTC(y, m - 1, d)
  if (new Date(ms).getUTCDate() !== d) throw new RangeError(`Not a calendar date: ${isoDate}`)
  return ms / msPerDay
}

function isoDateOf(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10)
}

/** Weekday of a day number: 0 = Sunday … 6 = Saturday. */
function weekday(day: number): number {
  return new Date(day * msPerDay).getUTCDay()
}

/* ------------------------------------------------------------------------------------------------
 * Synthetic people
 * ---------------------------------------------------------------------------------------------- */

const womenNames = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Sara',
  'Emma',
  'Elin',
  'Johanna',
  'Linnea',
  'Ida',
  'Maja',
  'Sofia',
  'Hanna',
  'Lina',
  'Amira',
  'Fatima',
  'Ebba',
  'Klara',
  'Nora',
  'Wilma',
]
const menNames = [
  'Erik',
  'Lars',
  'Karl',
  'Anders',
  'Johan',
  'Per',
  'Mikael',
  'Oskar',
  'Viktor',
  'Filip',
  'Ahmed',
  'Ali',
  'Jonas',
  'Emil',
  'Hugo',
  'Axel',
  'Leo',
  'Omar',
  'Daniel',
  'Simon',
]
const unisexNames = ['Kim', 'Robin', 'Alex', 'Sam', 'Charlie', 'Love', 'Mika', 'Noa']
const lastNames = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Lindberg',
  'Lindqvist',
  'Berg',
  'Lund',
  'Holm',
  'Ek',
  'Sandberg',
  'Forsberg',
  'Hassan',
  'Mohammed',
  'Nordin',
  'Sjöberg',
  'Åberg',
  'Öberg',
  'Wikström',
]
/** Other ways to write a last name, for the duplicate that shares a phone number (else a double name). */
const spellingVariants: Record<string, string> = {
  Karlsson: 'Carlsson',
  Jonsson: 'Jönsson',
  Pettersson: 'Petersson',
  Eriksson: 'Ericsson',
  Nilsson: 'Nillson',
  Mohammed: 'Mohamed',
  Hassan: 'Hasan',
  Lindqvist: 'Lindquist',
}
const variantOf = (last: string) =>
  spellingVariants[last] ?? `${last}-${last === 'Berg' ? 'Lund' : 'Berg'}`

/** The ranges reserved for fiction; the services' own numbers (031-390 06 10/20/30) are left out. */
function fictionPhonePool(): string[] {
  const pool: string[] = []
  for (let n = 5; n <= 99; n++) pool.push(`070-174 06 ${String(n).padStart(2, '0')}`)
  for (let n = 0; n <= 99; n++)
    if (![10, 20, 30].includes(n)) pool.push(`031-390 06 ${String(n).padStart(2, '0')}`)
  return pool
}

const asciiOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z-]/g, '')

const organisations = [
  'Allmänpsykiatrisk öppenvårdsmottagning',
  'Psykosmottagningen',
  'Vårdcentralen',
  'Socialtjänsten, försörjningsstöd',
  'Boendestöd, socialpsykiatri',
  'Försäkringskassan',
  'Arbetsförmedlingen',
  'Elevhälsan, gymnasieskola',
]

const bestTimes = [
  'Förmiddagar',
  'Efter kl. 13',
  'Inte på måndagar',
  'Helst efter lunch',
  'Vardagar 10–12',
  'När som helst',
]
const currentActivities = [
  'Arbetar 10 timmar i veckan på ett lager',
  'Läser svenska på Komvux',
  'Praktik på ett café två dagar i veckan',
  'Extrajobb i en butik på helger',
  'Läser en kurs på distans',
  'Arbetsträning via daglig verksamhet',
]
const messages = [
  'Jag vill helst jobba med djur eller natur.',
  'Ring gärna efter lunch, jag sover dåligt på morgnarna.',
  'Jag har tidigare jobbat inom handeln och vill tillbaka dit.',
  'Jag vill plugga klart gymnasiet.',
  'Jag är osäker på vad jag vill, men jag vill komma igång med något.',
  'Min mamma hjälper mig att fylla i.',
  'Jag vill gärna träffas på ett café i stället för på ett kontor.',
]
const otherLanguages: readonly (readonly [string, boolean])[] = [
  ['arabiska', true],
  ['persiska', true],
  ['somaliska', true],
  ['tigrinja', true],
  ['engelska', false],
  ['dari', true],
  ['bosniska', false],
]

/* ------------------------------------------------------------------------------------------------
 * Status histories
 * ---------------------------------------------------------------------------------------------- */

type RedirectTarget = 'Komvux' | 'Ung Intro' | 'Arbetsförmedlingen'

const holdReasons = [
  'Personen vill vänta till efter sommaren',
  'Når inte personen, skickat brev',
  'Personen har bett om uppehåll en period',
  'Flytt inom kommunen, hör av sig när det är klart',
]
const declineReasons = [
  'Behov och förutsättningar har förändrats; arbetsmarknadsinriktad insats inte aktuell nu',
  'Personen saknar motivation till arbete eller studier just nu',
  'Annan insats pågår som täcker behovet',
]
const otherMunicipalityReason = 'Folkbokförd i annan kommun; hänvisad till hemkommunen'
const withdrawReasons = [
  'Har fått arbete på egen hand',
  'Vill inte längre ha stödet',
  'Flyttar från kommunen',
  'Når inte personen trots flera försök',
  undefined,
]
const otherOutcomeReasons = ['Föräldraledig', 'Flyttat från kommunen', 'Behöver annat stöd först']
const reopenReason = 'Ny kontakt efter avslut: vill ha stöd igen'

const ipsOutcomes: Weighted<Outcome> = [
  ['workWithoutSubsidy', 30],
  ['workWithSubsidy', 25],
  ['ownBusiness', 2],
  ['workAndStudies', 6],
  ['studies', 7],
  ['jobSeeking', 10],
  ['meaningfulOccupation', 14],
  ['other', 6],
]

const outcomeWeights: Record<ServiceSlug, Weighted<Outcome>> = {
  ips: ipsOutcomes,
  'ips-enkoping-habo': ipsOutcomes,
  'ips-goteborg-nordost': ipsOutcomes,
  'ips-goteborg-hisingen': ipsOutcomes,
  'ips-goteborg-centrum-sydvast': ipsOutcomes,
  sed: [
    ['studies', 55],
    ['workAndStudies', 12],
    ['workWithoutSubsidy', 8],
    ['workWithSubsidy', 3],
    ['jobSeeking', 6],
    ['meaningfulOccupation', 10],
    ['other', 6],
  ],
  se: [
    ['workWithoutSubsidy', 28],
    ['workWithSubsidy', 30],
    ['ownBusiness', 3],
    ['workAndStudies', 4],
    ['studies', 5],
    ['jobSeeking', 12],
    ['meaningfulOccupation', 12],
    ['other', 6],
  ],
}

/** Builds one history, step by step, stopping at `todayDay`: recent referrals stay in the queue. */
class HistoryBuilder {
  readonly entries: HistoryEntry[] = []
  private lastMs: number
  constructor(
    private readonly rng: Random,
    receivedAtMs: number,
    private readonly todayDay: number,
  ) {
    this.lastMs = receivedAtMs
  }

  get status(): Status {
    return this.entries.length ? this.entries[this.entries.length - 1].to : 'received'
  }

  get day(): number {
    return Math.floor(this.lastMs / msPerDay)
  }

  /** Adds a transition `days` after the previous one, in office hours; false when it would be after today. */
  add(to: Status, days: number, extra: Omit<HistoryEntry, 'to' | 'at'> = {}): boolean {
    let day = this.day + Math.max(0, days)
    while (weekday(day) === 0 || weekday(day) === 6) day++ // staff work on weekdays
    const officeMs = day * msPerDay + this.rng.int(7 * 60, 15 * 60) * msPerMinute // 08–16 Swedish time
    const ms = Math.max(officeMs, this.lastMs + this.rng.int(5, 90) * msPerMinute)
    if (Math.floor(ms / msPerDay) > this.todayDay) return false
    this.lastMs = ms
    this.entries.push({ to, at: new Date(ms).toISOString(), ...extra })
    return true
  }
}

interface Case {
  service: ServiceSlug
  /** Does the person meet the service's rules as far as intake can see? */
  fits: boolean
  age: number
  livesInArea: boolean
  goals: string[]
}

/** Where staff send someone another service suits better: young people to Ung Intro, studies to Komvux. */
function redirectTargetFor(c: Case, rng: Random): RedirectTarget {
  if (c.age < 25 && rng.chance(0.6)) return 'Ung Intro'
  if (c.service === 'sed' || c.goals.includes('studies'))
    return rng.chance(0.7) ? 'Komvux' : 'Arbetsförmedlingen'
  return 'Arbetsförmedlingen'
}

function simulate(h: HistoryBuilder, c: Case, rng: Random): void {
  if (!h.add('screened', rng.int(0, 4))) return

  // Screening: staff look at the rule flags and decide; a person outside the rules is often helped elsewhere.
  if (!c.fits) {
    const decision = rng.weighted([
      ['redirect', 40],
      ['decline', 20],
      ['queue', 40],
    ] as const)
    if (decision === 'redirect') {
      h.add('redirected', rng.int(0, 3), {
        target: redirectTargetFor(c, rng),
        note: 'Lotsad vid bedömning av anmälan',
      })
      return
    }
    if (decision === 'decline') {
      const reason = !c.livesInArea ? otherMunicipalityReason : rng.pick(declineReasons)
      h.add('declined', rng.int(0, 3), { reason })
      return
    }
  }
  if (!h.add('waiting', rng.int(0, 2))) return

  // The queue: about two to three months, sometimes longer; a few leave it on the way.
  let wait = c.service === 'se' ? rng.int(20, 90) : rng.int(30, 170)
  const leaveQueue = rng.weighted([
    ['stay', 82],
    ['withdraw', 6],
    ['redirect', 5],
    ['decline', 3],
    ['hold', 8],
  ] as const)
  if (leaveQueue === 'hold') {
    const before = rng.int(5, Math.max(6, Math.floor(wait / 2)))
    if (!h.add('onHold', before, { reason: rng.pick(holdReasons) })) return
    if (!h.add('waiting', rng.int(14, 60))) return
    wait = Math.max(1, wait - before)
  } else if (leaveQueue !== 'stay') {
    const at = rng.int(10, wait)
    if (leaveQueue === 'withdraw') h.add('withdrawn', at, withReason(rng.pick(withdrawReasons)))
    else if (leaveQueue === 'redirect') {
      h.add('redirected', at, { target: redirectTargetFor(c, rng), note: 'Genomgång av kön' })
    } else h.add('declined', at, { reason: declineReasons[0], note: 'Genomgång av kön' })
    return
  }
  if (!h.add('firstContact', wait, { note: 'Första samtal bokat' })) return

  // First conversation: most people are enrolled.
  const afterTalk = rng.weighted([
    ['enrol', 86],
    ['withdraw', 6],
    ['redirect', 5],
    ['hold', 3],
  ] as const)
  if (afterTalk === 'withdraw')
    return void h.add('withdrawn', rng.int(1, 14), withReason(rng.pick(withdrawReasons)))
  if (afterTalk === 'redirect') {
    return void h.add('redirected', rng.int(1, 14), {
      target: redirectTargetFor(c, rng),
      note: 'Efter första samtalet',
    })
  }
  if (afterTalk === 'hold') {
    if (!h.add('onHold', rng.int(1, 10), { reason: rng.pick(holdReasons) })) return
    if (!h.add('waiting', rng.int(14, 45))) return
    if (!h.add('firstContact', rng.int(3, 20))) return
  }
  if (!h.add('enrolled', rng.int(3, 21), { note: 'Samtycke undertecknat' })) return
  if (
    !h.add('active', rng.int(1, 10), {
      note: c.service === 'sed' ? 'Studieplan upprättad' : 'Jobbsökandet har startat',
    })
  )
    return

  // Support: months to more than a year, with re-assessments along the way.
  const duration = rng.int(60, 420)
  const end = rng.weighted([
    ['close', 72],
    ['redirect', 12],
    ['withdraw', 16],
  ] as const)
  if (end === 'close') {
    const outcome = rng.weighted(outcomeWeights[c.service])
    const extra: Omit<HistoryEntry, 'to' | 'at'> = { outcome }
    if (outcome === 'other') extra.reason = rng.pick(otherOutcomeReasons)
    else if (outcome === 'studies' || outcome === 'workAndStudies') {
      extra.note = c.service === 'sed' ? 'Har slutfört sina studier' : 'Har börjat studera'
    } else if (outcome !== 'jobSeeking' && outcome !== 'meaningfulOccupation') {
      extra.note = 'Avslutad två månader efter anställning'
    }
    h.add('closed', duration, extra)
  } else if (end === 'redirect') {
    h.add('redirected', duration, {
      target: redirectTargetFor(c, rng),
      note: 'Omprövning: annan insats passar bättre',
    })
  } else {
    h.add('withdrawn', duration, withReason(rng.pick(withdrawReasons)))
  }
}

const withReason = (reason: string | undefined): Omit<HistoryEntry, 'to' | 'at'> =>
  reason ? { reason } : {}

/** Re-opens a finished referral (back to the queue) and lets it move on a little. */
function reopen(h: HistoryBuilder, rng: Random): boolean {
  if (!h.add('waiting', rng.int(20, 60), { reason: reopenReason })) return false
  if (h.add('firstContact', rng.int(7, 30)))
    h.add('enrolled', rng.int(3, 14), { note: 'Inskriven för andra gången' })
  return true
}

const finished: readonly Status[] = ['closed', 'redirected', 'declined', 'withdrawn']

/* ------------------------------------------------------------------------------------------------
 * The generator
 * ---------------------------------------------------------------------------------------------- */

interface Person {
  first: string
  last: string
  gender: 'woman' | 'man' | 'other' | 'notStated' | undefined
  dateOfBirth: string
  phone?: string
  email?: string
}

/**
 * Generates `count` synthetic referrals received between 2025-01-01 and `today`, oldest first.
 * Same options → same referrals. Every referral's answers are valid for its service's form and
 * every history is a legal chain of transitions.
 */
export function generateReferrals(options: GenerateOptions): ReferralSeed[] {
  const { seed, count, today, area = uppsalaArea } = options
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number ≥ 0: ${count}`)
  const firstDay = dayOf(periodStart)
  const todayDay = dayOf(today)
  if (todayDay < firstDay) throw new RangeError(`today (${today}) is before ${periodStart}`)

  const rng = new Random(seed)
  const phonePool = rng.shuffle(fictionPhonePool())
  const usedEmails = new Set<string>()
  const usedNameAndBirth = new Set<string>()
  const forms = new Map(services.map((s) => [s.slug, s.form.definition]))

  const receivedTimes = receivedTimestamps(rng, count, firstDay, todayDay)
  const duplicateOf = new Map<number, { first: number; kind: 'nameAndBirth' | 'phone' }>()
  const phonePairFirsts = new Set<number>()
  duplicatePairsFor(count).forEach(([first, later], i) => {
    const kind = i < 2 ? 'nameAndBirth' : 'phone'
    duplicateOf.set(later, { first, kind })
    if (kind === 'phone') phonePairFirsts.add(first)
  })

  const people: Person[] = []
  const referrals: ReferralSeed[] = []
  let reopened = 0

  for (let i = 0; i < count; i++) {
    const receivedMs = receivedTimes[i]
    const receivedDay = Math.floor(receivedMs / msPerDay)
    const service = rng.weighted(area.services)

    // The person
    const duplicate = duplicateOf.get(i)
    const person: Person = duplicate
      ? duplicatePerson(people[duplicate.first], duplicate.kind, rng, phonePool, usedEmails)
      : newPerson(
          rng,
          i,
          receivedDay,
          phonePool,
          usedEmails,
          usedNameAndBirth,
          phonePairFirsts.has(i),
        )
    people.push(person)

    // What they answer
    const { answers, facts } = answersFor(rng, i, service, person, receivedDay, area)
    const form = forms.get(service)!
    const visible = new Set(visibleQuestions(form, answers).map(questionKey))
    const formAnswers = Object.fromEntries(
      Object.entries(answers).filter(([key, value]) => visible.has(key) && value !== undefined),
    )

    // What happened to the referral
    const history = new HistoryBuilder(rng, receivedMs, todayDay)
    simulate(history, { service, ...facts }, rng)
    if (
      finished.includes(history.status) &&
      history.status !== 'declined' &&
      reopened < 2 &&
      (rng.chance(0.08) || (reopened === 0 && i > count * 0.6)) &&
      todayDay - history.day > 60
    ) {
      if (reopen(history, rng)) reopened++
    }

    referrals.push({
      service,
      receivedAt: new Date(receivedMs).toISOString(),
      priority: rng.chance(0.05) ? 'high' : 'normal',
      answers: formAnswers,
      history: history.entries,
      work: withEstimateData(
        history.entries,
        roadToWork(history.entries, service, today, seed * 7919 + i),
        typeof formAnswers.dateOfBirth === 'string' ? formAnswers.dateOfBirth : undefined,
        seed * 7919 + i,
      ),
    })
  }
  return referrals
}

/** `count` receipt moments, oldest first: fewer at weekends, in July and around Christmas, growing over time. */
function receivedTimestamps(
  rng: Random,
  count: number,
  firstDay: number,
  todayDay: number,
): number[] {
  const weights: number[] = []
  for (let day = firstDay; day <= todayDay; day++) {
    const [, month, date] = isoDateOf(day).split('-').map(Number)
    let w = weekday(day) === 0 || weekday(day) === 6 ? 0.35 : 1
    if (month === 7) w *= 0.45
    if (month === 12 && date >= 20) w *= 0.5
    w *= 0.7 + (0.6 * (day - firstDay)) / Math.max(1, todayDay - firstDay) // outreach makes the inflow grow
    weights.push(w)
  }
  const cumulative: number[] = []
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0)
  const total = cumulative[cumulative.length - 1]
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const target = ((i + rng.float()) / Math.max(count, 1)) * total // stratified: spread over the whole period
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid] < target) lo = mid + 1
      else hi = mid
    }
    // Self-referrals come at any time of day, most in the daytime (times are UTC).
    const minute = rng.chance(0.8) ? rng.int(6 * 60, 19 * 60) : rng.int(0, 23 * 60 + 59)
    times.push((firstDay + lo) * msPerDay + minute * msPerMinute)
  }
  return times.sort((a, b) => a - b)
}

function ageAt(dateOfBirth: string, day: number): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number)
  const [ty, tm, td] = isoDateOf(day).split('-').map(Number)
  return ty - by - (tm > bm || (tm === bm && td >= bd) ? 0 : 1)
}

function newPerson(
  rng: Random,
  index: number,
  receivedDay: number,
  phonePool: string[],
  usedEmails: Set<string>,
  usedNameAndBirth: Set<string>,
  mustHavePhone: boolean,
): Person {
  const gender = rng.weighted([
    ['woman', 50],
    ['man', 42],
    ['other', 2],
    ['notStated', 3],
    [undefined, 3],
  ] as const)
  const firstNames =
    gender === 'woman'
      ? womenNames
      : gender === 'man'
        ? menNames
        : gender === 'other'
          ? unisexNames
          : rng.pick([womenNames, menNames, unisexNames])

  // Age on the day of the referral: mostly within the rules, a few outside them (17, 61–64, 66).
  const outside = rng.chance(0.03) || index % 50 === 17
  const age = outside ? rng.pick([17, 17, 62, 64, 66, 66]) : pickAge(rng)

  let first: string
  let last: string
  let dateOfBirth: string
  do {
    first = rng.pick(firstNames)
    last = rng.pick(lastNames)
    const birthday = receivedDay - rng.int(0, 364) // some day in the year before the age was reached
    const [y, m, d] = isoDateOf(birthday).split('-').map(Number)
    dateOfBirth = `${String(y - age).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(m === 2 && d === 29 ? 28 : d).padStart(2, '0')}`
  } while (usedNameAndBirth.has(`${first} ${last} ${dateOfBirth}`)) // only the planted pairs are duplicates
  usedNameAndBirth.add(`${first} ${last} ${dateOfBirth}`)

  const hasPhone = phonePool.length > 0 && (rng.chance(0.85) || mustHavePhone)
  const hasEmail = !hasPhone || rng.chance(0.6)
  return {
    first,
    last,
    gender,
    dateOfBirth,
    ...(hasPhone && { phone: phonePool.pop()! }),
    ...(hasEmail && { email: uniqueEmail(`${asciiOf(first)}.${asciiOf(last)}`, usedEmails) }),
  }
}

function pickAge(rng: Random): number {
  const [lo, hi] = rng.weighted([
    [[18, 24], 20],
    [[25, 34], 32],
    [[35, 49], 30],
    [[50, 60], 15],
    [[61, 65], 3],
  ] as const)
  return rng.int(lo, hi)
}

function uniqueEmail(local: string, used: Set<string>): string {
  let email = `${local}@example.org`
  for (let n = 2; used.has(email); n++) email = `${local}${n}@example.org`
  used.add(email)
  return email
}

/** The same person again: same name and date of birth, or the same phone with the last name written otherwise. */
function duplicatePerson(
  original: Person,
  kind: 'nameAndBirth' | 'phone',
  rng: Random,
  phonePool: string[],
  usedEmails: Set<string>,
): Person {
  if (kind === 'phone' && original.phone)
    return { ...original, last: variantOf(original.last), email: undefined }
  // Same name and date of birth; this time perhaps only a phone number, or a new e-mail address.
  const phone = rng.chance(0.5) ? original.phone : phonePool.pop()
  const email =
    phone && rng.chance(0.5)
      ? undefined
      : uniqueEmail(`${asciiOf(original.first)}${asciiOf(original.last)}`, usedEmails)
  return { ...original, phone, email }
}

function answersFor(
  rng: Random,
  index: number,
  service: ServiceSlug,
  person: Person,
  receivedDay: number,
  area: SeedArea,
): { answers: Answers; facts: Omit<Case, 'service'> } {
  const referrerKind = rng.weighted([
    ['self', 80],
    ['relative', 8],
    ['professional', 12],
  ] as const)
  const livesInArea = rng.chance(0.92)
  const municipality = livesInArea
    ? area.home.length === 1
      ? area.home[0][0]
      : rng.weighted(area.home)
    : rng.weighted(area.elsewhere)
  const goals =
    service === 'sed'
      ? rng.weighted([
          [['studies'], 80],
          [['work', 'studies'], 17],
          [['work'], 3],
        ] as const)
      : rng.weighted([
          [['work'], 85],
          [['work', 'studies'], 12],
          [['studies'], 3],
        ] as const)
  const careContacts: string[] | undefined = rng
    .weighted([
      [['psychiatry'], 48],
      [['primaryCare'], 26],
      [['psychiatry', 'primaryCare'], 10],
      [['socialPsychiatry'], 3],
      [['habilitation'], 2],
      [['psychiatry', 'socialPsychiatry'], 4],
      [[], 3],
      [undefined, 3],
    ] as const)
    ?.slice()
  const consentToCollaboration = rng.chance(0.96)
  const hasJobOrStudies = rng.chance(0.8) ? rng.chance(0.25) : undefined
  const language = rng.chance(0.12) ? rng.pick(otherLanguages) : undefined
  const channels = [
    ...(person.phone ? (rng.chance(0.4) ? ['phone', 'sms'] : ['phone']) : []),
    ...(person.email && (!person.phone || rng.chance(0.3)) ? ['email'] : []),
  ]

  const answers: Answers = {
    referrerKind,
    ...(referrerKind === 'professional' && {
      referrerName: `${rng.pick([...womenNames, ...menNames])} ${rng.pick(lastNames)}`,
      referrerOrganisation: rng.pick(organisations),
      ...(rng.chance(0.5) && { referrerEmail: `remiss.${index}@example.org` }),
    }),
    name: `${person.first} ${person.last}`,
    dateOfBirth: person.dateOfBirth,
    ...(person.gender && { gender: person.gender }),
    ...(person.phone && { phone: person.phone }),
    ...(person.email && { email: person.email }),
    contactChannels: channels,
    ...(rng.chance(0.35) && { bestTimeToContact: rng.pick(bestTimes) }),
    municipality,
    ...(careContacts && { careContacts }),
    goals: [...goals],
    ...(hasJobOrStudies !== undefined && { hasJobOrStudies }),
    ...(hasJobOrStudies && rng.chance(0.8) && { currentActivity: rng.pick(currentActivities) }),
    ...(service === 'se' && rng.chance(0.9) && { needsExtraSupport: rng.chance(0.92) }),
    consentToCollaboration,
    ...(language && { preferredLanguage: language[0], interpreterNeeded: language[1] }),
    ...(!language && rng.chance(0.3) && { interpreterNeeded: false }),
    ...(rng.chance(0.15) && { message: rng.pick(messages) }),
    ...(rng.chance(0.85) && {
      heardFrom: rng.weighted([
        ['psychiatry', 24],
        ['primaryCare', 14],
        ['socialServices', 10],
        ['fk', 6],
        ['af', 8],
        ['school', 6],
        ['friendOrFamily', 10],
        ['socialMedia', 9],
        ['event', 4],
        ['web', 7],
        ['other', 2],
      ] as const),
    }),
    ...(person.email && rng.chance(0.7) && { emailConfirmation: rng.chance(0.8) }),
  }

  // Intake sees the same rule flags as the person did: any definite "no" makes it a case to look at.
  const rules = services.find((s) => s.slug === service)!.eligibilityRules
  const eligibility = evaluateEligibility(
    rules,
    applicantFactsFromAnswers(answers),
    isoDateOf(receivedDay),
  )
  return {
    answers,
    facts: {
      fits: eligibility.overall !== 'mayNotFit',
      age: ageAt(person.dateOfBirth, receivedDay),
      livesInArea,
      goals: [...goals],
    },
  }
}
