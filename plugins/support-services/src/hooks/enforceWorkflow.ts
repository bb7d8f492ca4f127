import type { CollectionBeforeChangeHook } from 'payload'

import { checkMove, checkTransition, closedStatuses, type Status, statusAfterMove } from '../domain'
import { refusal } from './refusal'
import { idOf } from './relationIds'

const isClosed = (status: Status) => (closedStatuses as readonly Status[]).includes(status)

/**
 * Every status change and every move to another service, from any path (admin, REST, Local API), goes
 * through the domain's rules; an illegal one is refused with the domain's message and changes nothing.
 * The milestone dates the reports and the queue need are set here, once, from the change itself.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = ({
  context,
  data,
  operation,
  originalDoc,
}) => {
  const at = (context.eventAt as string | undefined) ?? new Date().toISOString()
  if (operation === 'create') {
    return {
      ...data,
      status: 'received',
      receivedAt: data.receivedAt ?? at,
      statusChangedAt: data.receivedAt ?? at,
    }
  }
  // The reason is not a column of the referral; the event hook of this same operation records it.
  context.statusReason = data.statusReason
  const moved = data.service !== undefined && idOf(data.service) !== idOf(originalDoc?.service)
  if (moved) return moveToService(data, originalDoc, at)

  const from = originalDoc?.status as Status
  const to = (data.status ?? from) as Status
  if (to === from) return data

  const partner = idOf(data.redirectPartner)
  const check = checkTransition({
    from,
    to,
    reason: data.statusReason || undefined,
    outcome: data.outcome || undefined,
    target:
      to === 'merged'
        ? idOf(data.mergedInto)?.toString()
        : (partner?.toString() ?? (data.redirectTarget || undefined)),
  })
  if (!check.ok) throw refusal(check.message, 'status', check.error)
  if (to === 'merged' && idOf(data.mergedInto) === originalDoc?.id) {
    throw refusal('En anmälan kan inte slås samman med sig själv.', 'mergedInto', 'targetRequired')
  }
  const next: Record<string, unknown> = { ...data, statusChangedAt: at }
  if (to === 'firstContact' && !originalDoc?.firstContactAt) next.firstContactAt = at
  if (to === 'enrolled' && !originalDoc?.enrolledAt) next.enrolledAt = at
  if (isClosed(to)) Object.assign(next, { closedAt: at, nextReassessmentAt: null })
  if (isClosed(from))
    Object.assign(next, {
      closedAt: null,
      outcome: null,
      redirectTarget: null,
      redirectPartner: null,
      mergedInto: null,
    })
  if (to !== 'closed' && !isClosed(from)) next.outcome = null
  if (to !== 'redirected') Object.assign(next, { redirectPartner: null, redirectTarget: null })
  if (to !== 'merged') next.mergedInto = null
  return next
}

/**
 * Redirect within the system: the referral joins the other service's queue with its original date and
 * its history; the new service's intake assigns it and enrols it afresh.
 */
function moveToService(
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
  at: string,
) {
  const check = checkMove(originalDoc?.status as Status)
  if (!check.ok) throw refusal(check.message, 'service', 'notAllowed')
  return {
    ...data,
    status: statusAfterMove,
    statusChangedAt: at,
    receivedAt: originalDoc?.receivedAt,
    assignee: null,
    enrolledAt: null,
    nextReassessmentAt: null,
  }
}
