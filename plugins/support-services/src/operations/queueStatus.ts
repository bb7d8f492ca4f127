import type { Payload } from 'payload'

import { waitingGoalDays } from '../domain'
import { publicQueueFigures, queueFigures } from './queueFigures'

/**
 * The public queue figures of one service: aggregates only, with small counts masked, and an
 * estimated wait from how fast people actually left the queue recently (deleted referrals included).
 */
export const queueStatus = async (
  payload: Payload,
  service: { id: number | string; slug: string },
  now = new Date(),
) => {
  const id = Number(service.id)
  const figures = (await queueFigures(payload, [id], now)).get(id)!
  const { waiting, estimatedWait } = publicQueueFigures(figures)
  return {
    service: service.slug,
    waiting,
    estimatedWait,
    goalDays: waitingGoalDays,
    asOf: now.toISOString(),
  }
}
