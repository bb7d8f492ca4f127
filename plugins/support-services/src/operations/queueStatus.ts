import type { Payload } from 'payload'

import { describeWait, estimateWaitDays, publicCount, queueStatuses, waitingGoalDays } from '../domain'
import { outflowWindowDays, slugs } from '../defaults'

/** Statuses that do not count as leaving the queue: still queued, or only paused. */
/** Not a departure from the queue: a pause, a step within it, or a duplicate folded into the person's other referral. */
const stillWaiting = [...queueStatuses, 'onHold', 'merged']

/**
 * The public queue figures of one service: aggregates only, with small counts masked, and an
 * estimated wait from how fast people actually left the queue recently.
 */
export const queueStatus = async (payload: Payload, service: { id: number | string; slug: string }, now = new Date()) => {
  const since = new Date(now.getTime() - outflowWindowDays * 86_400_000).toISOString()
  const [waiting, left] = await Promise.all([
    payload.count({
      collection: slugs.referrals,
      where: { service: { equals: service.id }, status: { in: [...queueStatuses] } },
      overrideAccess: true,
    }),
    payload.count({
      collection: slugs.referralEvents,
      where: {
        'referral.service': { equals: service.id },
        type: { equals: 'statusChange' },
        fromStatus: { in: [...queueStatuses] },
        toStatus: { not_in: stillWaiting },
        at: { greater_than_equal: since },
      },
      overrideAccess: true,
    }),
  ])
  const days = estimateWaitDays({ waiting: waiting.totalDocs, leftQueueInWindow: left.totalDocs, windowDays: outflowWindowDays })
  return {
    service: service.slug,
    waiting: publicCount(waiting.totalDocs),
    estimatedWait: describeWait(days),
    goalDays: waitingGoalDays,
    asOf: now.toISOString(),
  }
}
