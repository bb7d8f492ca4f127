import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { slugs } from '../defaults'
import {
  calendarDate,
  describeWait,
  estimateWaitDays,
  estimateWindowDays,
  publicCount,
  queueStatuses,
  waitingGoalDays,
} from '../domain'
import { drizzleRunner, tables } from './sql'

/** Not a departure from the queue: a pause, a step within it, or a duplicate folded into the person's other referral. */
const stillWaiting = [...queueStatuses, 'onHold', 'merged']

/**
 * Departures from the queue of referrals that retention has deleted since, from their tallies. Tallies
 * hold Swedish days, so the window's first day counts whole.
 */
const deletedDepartures = async (payload: Payload, serviceId: number | string, since: Date) => {
  const list = sql.join(
    stillWaiting.map((s) => sql`${s}`),
    sql`, `,
  )
  const { rows } = await drizzleRunner(payload)(sql`
    SELECT coalesce(sum(n), 0)::int AS n FROM ${tables.referralTallies}
    WHERE kind = 'queued' AND service_id = ${Number(serviceId)} AND status NOT IN (${list}) AND day::date >= ${calendarDate(since)}::date`)
  return Number(rows[0]?.n ?? 0)
}

/** How many left the service's queue in the estimate's window, deleted referrals included. */
export const queueDepartures = async (
  payload: Payload,
  serviceId: number | string,
  now = new Date(),
) => {
  const sinceDate = new Date(now.getTime() - estimateWindowDays * 86_400_000)
  const [left, leftAndDeleted] = await Promise.all([
    payload.count({
      collection: slugs.referralEvents,
      where: {
        'referral.service': { equals: serviceId },
        type: { equals: 'statusChange' },
        fromStatus: { in: [...queueStatuses] },
        toStatus: { not_in: stillWaiting },
        at: { greater_than_equal: sinceDate.toISOString() },
      },
      overrideAccess: true,
    }),
    deletedDepartures(payload, serviceId, sinceDate),
  ])
  return left.totalDocs + leftAndDeleted
}

/**
 * The public queue figures of one service: aggregates only, with small counts masked, and an
 * estimated wait from how fast people actually left the queue recently (deleted referrals included).
 */
export const queueStatus = async (
  payload: Payload,
  service: { id: number | string; slug: string },
  now = new Date(),
) => {
  const [waiting, leftQueueInWindow] = await Promise.all([
    payload.count({
      collection: slugs.referrals,
      where: { service: { equals: service.id }, status: { in: [...queueStatuses] } },
      overrideAccess: true,
    }),
    queueDepartures(payload, service.id, now),
  ])
  const days = estimateWaitDays({
    waiting: waiting.totalDocs,
    leftQueueInWindow,
    windowDays: estimateWindowDays,
  })
  return {
    service: service.slug,
    waiting: publicCount(waiting.totalDocs),
    estimatedWait: describeWait(days),
    goalDays: waitingGoalDays,
    asOf: now.toISOString(),
  }
}
