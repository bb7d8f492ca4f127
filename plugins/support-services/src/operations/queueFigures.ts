import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import {
  calendarDate,
  describeWait,
  estimateWaitDays,
  estimateWindowDays,
  publicCount,
  queueStatuses,
} from '../domain'
import { drizzleRunner, tables } from './sql'

/** Not a departure from the queue: a pause, a step within it, or a duplicate folded into the person's other referral. */
const stillWaiting = [...queueStatuses, 'onHold', 'merged']

const list = (values: readonly (number | string)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

/** A service's queue in figures: who waits, who left in the estimate's window, and when it last moved. */
export interface QueueFigures {
  waiting: number
  leftQueueInWindow: number
  /** The latest arrival still waiting or departure in the window; null when neither. */
  lastChange: Date | null
}

interface Row {
  service_id: number
  waiting: number
  left_n: number
  deleted_n: number
  last_arrival: Date | null | string
  last_departure: Date | null | string
}

const latest = (...values: Array<Date | null | string>) => {
  const times = values.filter((v) => v !== null).map((v) => new Date(v).getTime())
  return times.length ? new Date(Math.max(...times)) : null
}

/**
 * The queue figures of many services in one statement (a page of the open data must not cost a
 * query per service): people waiting, departures in the window (from the status events, and from the
 * tallies of referrals that retention has deleted since; tallies hold Swedish days, so the window's
 * first day counts whole). Services with nobody in their queue get zeros.
 */
export const queueFigures = async (
  payload: Payload,
  serviceIds: readonly number[],
  now = new Date(),
): Promise<Map<number, QueueFigures>> => {
  const figures = new Map<number, QueueFigures>(
    serviceIds.map((id) => [id, { waiting: 0, leftQueueInWindow: 0, lastChange: null }]),
  )
  if (serviceIds.length === 0) return figures
  const since = new Date(now.getTime() - estimateWindowDays * 86_400_000)
  const ids = list(serviceIds.map(Number))
  const { rows } = await drizzleRunner(payload)(sql`
    SELECT s.id AS service_id, coalesce(w.n, 0)::int AS waiting, w.last AS last_arrival,
      coalesce(l.n, 0)::int AS left_n, l.last AS last_departure, coalesce(d.n, 0)::int AS deleted_n
    FROM ${tables.services} s
    LEFT JOIN (
      SELECT service_id, count(*) AS n, max(received_at) AS last FROM ${tables.referrals}
      WHERE service_id IN (${ids}) AND status IN (${list(queueStatuses)})
      GROUP BY service_id
    ) w ON w.service_id = s.id
    LEFT JOIN (
      SELECT r.service_id, count(*) AS n, max(e.at) AS last
      FROM ${tables.referralEvents} e JOIN ${tables.referrals} r ON r.id = e.referral_id
      WHERE r.service_id IN (${ids}) AND e.type = 'statusChange'
        AND e.from_status IN (${list(queueStatuses)}) AND e.to_status NOT IN (${list(stillWaiting)})
        AND e.at >= ${since.toISOString()}
      GROUP BY r.service_id
    ) l ON l.service_id = s.id
    LEFT JOIN (
      SELECT service_id, sum(n) AS n FROM ${tables.referralTallies}
      WHERE kind = 'queued' AND service_id IN (${ids}) AND status NOT IN (${list(stillWaiting)})
        AND day::date >= ${calendarDate(since)}::date
      GROUP BY service_id
    ) d ON d.service_id = s.id
    WHERE s.id IN (${ids})`)
  for (const row of rows as unknown as Row[])
    figures.set(Number(row.service_id), {
      waiting: Number(row.waiting),
      leftQueueInWindow: Number(row.left_n) + Number(row.deleted_n),
      lastChange: latest(row.last_arrival, row.last_departure),
    })
  return figures
}

/** What the public sees of a queue: small counts masked, the wait as a rounded range. */
export const publicQueueFigures = (figures: QueueFigures) => ({
  waiting: publicCount(figures.waiting),
  estimatedWait: describeWait(
    estimateWaitDays({
      waiting: figures.waiting,
      leftQueueInWindow: figures.leftQueueInWindow,
      windowDays: estimateWindowDays,
    }),
  ),
})
