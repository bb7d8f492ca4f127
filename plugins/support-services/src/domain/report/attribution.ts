/**
 * Attribution: which outreach brought referrals. A referral carries the campaign code of the link it
 * came through (an activity's or an event's); the figures follow the code to its activity, and the
 * activity to its arena. Referrals without a code, with an event's code that no activity logged, or
 * with a code whose activity was deleted keep rows of their own, so every table adds up to the same
 * referrals.
 */
import { type OutreachArena, outreachArenas } from '../outreach'

// The aggregate rows the SQL returns.
/** An activity dated in the period, or named by a referral of the period (`inPeriod` false). */
export interface AttributionActivityRow {
  id: number
  title: string
  date: string
  arena: string
  code: string | null
  /** The event it logs, if any: that event's referrals count here too. */
  eventId: number | null
  peopleReached: number
  hours: number
  /** Dated in the period: only then do its people reached and hours count. */
  inPeriod: boolean
}
export interface AttributionEventRow {
  id: number
  title: string
  code: string | null
}
/** Referrals received in the period by the campaign they carry, and how far they have come. */
export interface AttributionReferralRow {
  code: string | null
  activityId: number | null
  eventId: number | null
  referrals: number
  enrolled: number
  intoWorkOrStudies: number
}
export interface AttributionRows {
  activities: readonly AttributionActivityRow[]
  events: readonly AttributionEventRow[]
  referrals: readonly AttributionReferralRow[]
}

export interface OutreachFigures {
  peopleReached: number
  hours: number
  referrals: number
  enrolled: number
  intoWorkOrStudies: number
  /** Referrals per 10 hours of outreach; null without hours. */
  referralsPer10Hours: number | null
}

/** Rows that are not an activity: an event no activity logged, a deleted campaign, no campaign. */
export type UnattributedKey = 'event' | 'removed' | 'none'

export interface AttributionLine {
  key: string
  figures: OutreachFigures
}
export interface Attribution {
  byArena: (AttributionLine & { arena: OutreachArena | UnattributedKey })[]
  byActivity: (AttributionLine & { activity: AttributionActivityRow | null })[]
  byCampaign: (AttributionLine & {
    code: string | null
    kind: 'activity' | 'event' | 'removed' | 'none'
    title: string | null
  })[]
  /** Everything that came through some campaign link: the funnel. */
  campaigns: OutreachFigures
  all: OutreachFigures
}

const zero = () => ({ peopleReached: 0, hours: 0, referrals: 0, enrolled: 0, intoWorkOrStudies: 0 })
type Counts = ReturnType<typeof zero>

const figures = (c: Counts): OutreachFigures => ({
  ...c,
  referralsPer10Hours: c.hours > 0 ? (c.referrals / c.hours) * 10 : null,
})

const add = (into: Counts, from: Partial<Counts>) => {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += from[key] ?? 0
}

const outreachOf = (a: AttributionActivityRow): Partial<Counts> =>
  a.inPeriod ? { peopleReached: a.peopleReached, hours: a.hours } : {}

const arenaOf = (value: string): OutreachArena =>
  (outreachArenas as readonly string[]).includes(value) ? (value as OutreachArena) : 'other'

const totalOf = (lines: readonly AttributionLine[]) => {
  const total = zero()
  for (const line of lines) add(total, line.figures)
  return figures(total)
}

/** Shapes the rows into the three views of the same referrals: by arena, by activity, by campaign. */
export function shapeAttribution(rows: AttributionRows): Attribution {
  const activities = [...rows.activities].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id - b.id,
  )
  // An event logged as an activity counts with the first activity that logs it.
  const activityOfEvent = new Map<number, AttributionActivityRow>()
  for (const a of [...activities].sort((x, y) => x.id - y.id))
    if (a.eventId !== null && !activityOfEvent.has(a.eventId)) activityOfEvent.set(a.eventId, a)

  const perActivity = new Map(activities.map((a) => [a.id, { ...zero(), ...outreachOf(a) }]))
  const rest: Record<UnattributedKey, Counts> = { event: zero(), removed: zero(), none: zero() }
  const perCode = new Map<string, Counts>()
  for (const r of rows.referrals) {
    const counts = {
      referrals: r.referrals,
      enrolled: r.enrolled,
      intoWorkOrStudies: r.intoWorkOrStudies,
    }
    const activity =
      r.activityId !== null
        ? activities.find((a) => a.id === r.activityId)
        : r.eventId !== null
          ? activityOfEvent.get(r.eventId)
          : undefined
    if (activity) add(perActivity.get(activity.id)!, counts)
    else add(rest[!r.code ? 'none' : r.eventId !== null ? 'event' : 'removed'], counts)
    if (r.code) {
      if (!perCode.has(r.code)) perCode.set(r.code, zero())
      add(perCode.get(r.code)!, counts)
    }
  }

  const restLines = (['event', 'removed', 'none'] as const)
    .filter((key) => rest[key].referrals > 0)
    .map((key) => ({ key, figures: figures(rest[key]) }))

  const byActivity = [
    ...activities.map((activity) => ({
      key: `activity-${activity.id}`,
      activity,
      figures: figures(perActivity.get(activity.id)!),
    })),
    ...restLines.map((line) => ({ ...line, activity: null })),
  ]

  const perArena = new Map<OutreachArena, Counts>()
  for (const a of activities) {
    const arena = arenaOf(a.arena)
    if (!perArena.has(arena)) perArena.set(arena, zero())
    add(perArena.get(arena)!, perActivity.get(a.id)!)
  }
  const byArena = [
    ...outreachArenas
      .filter((arena) => perArena.has(arena))
      .map((arena) => ({ key: arena, arena, figures: figures(perArena.get(arena)!) })),
    ...restLines.map((line) => ({ ...line, arena: line.key })),
  ]

  const byCampaign: Attribution['byCampaign'] = []
  for (const a of activities) {
    if (!a.code) continue
    const counts = { ...zero(), ...outreachOf(a) }
    add(counts, perCode.get(a.code) ?? {})
    perCode.delete(a.code)
    byCampaign.push({
      key: `code-${a.code}`,
      code: a.code,
      kind: 'activity',
      title: a.title,
      figures: figures(counts),
    })
  }
  for (const [code, counts] of [...perCode].sort(([a], [b]) => a.localeCompare(b))) {
    const event = rows.events.find((e) => e.code === code)
    byCampaign.push({
      key: `code-${code}`,
      code,
      kind: event ? 'event' : 'removed',
      title: event?.title ?? null,
      figures: figures(counts),
    })
  }
  if (rest.none.referrals > 0)
    byCampaign.push({
      key: 'none',
      code: null,
      kind: 'none',
      title: null,
      figures: figures(rest.none),
    })

  const all = totalOf(byActivity)
  const withCampaign = { ...all }
  for (const key of Object.keys(zero()) as (keyof Counts)[]) withCampaign[key] -= rest.none[key]
  return { byArena, byActivity, byCampaign, campaigns: figures(withCampaign), all }
}
