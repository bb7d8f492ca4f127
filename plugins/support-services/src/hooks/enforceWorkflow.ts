import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { checkTransition, closedStatuses, type Status } from '../domain'

const isClosed = (status: Status) => (closedStatuses as readonly Status[]).includes(status)

/**
 * Every status change, from any path (admin, REST, Local API), goes through the domain's transition
 * table; an illegal one is refused with the domain's message and changes nothing. The milestone
 * dates the reports need are set here, once, from the change itself.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc }) => {
  const at = (context.eventAt as string | undefined) ?? new Date().toISOString()
  if (operation === 'create') {
    return { ...data, status: 'received', receivedAt: data.receivedAt ?? at, statusChangedAt: data.receivedAt ?? at }
  }
  const from = originalDoc?.status as Status
  const to = (data.status ?? from) as Status
  if (to === from) return data

  const check = checkTransition({
    from,
    to,
    reason: data.statusReason || undefined,
    outcome: data.outcome || undefined,
    target: data.redirectTarget || undefined,
  })
  if (!check.ok) throw new APIError(check.message, 400, [{ field: 'status', code: check.error }], true)
  // The reason is not a column of the referral; the event hook of this same operation records it.
  context.statusReason = data.statusReason

  const next: Record<string, unknown> = { ...data, statusChangedAt: at }
  if (to === 'firstContact' && !originalDoc?.firstContactAt) next.firstContactAt = at
  if (to === 'enrolled' && !originalDoc?.enrolledAt) next.enrolledAt = at
  if (isClosed(to)) next.closedAt = at
  if (isClosed(from)) Object.assign(next, { closedAt: null, outcome: null, redirectTarget: null })
  if (to !== 'closed' && !isClosed(from)) next.outcome = null
  return next
}
