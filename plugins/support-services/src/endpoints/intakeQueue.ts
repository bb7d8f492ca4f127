import type { Endpoint } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { intakeQueue, parseQueueQuery, unitsInScope } from '../operations/intakeQueue'
import { refuse, reply } from './respond'

/**
 * GET /api/referrals/queue?unit=&service=&status=&assignee=&flags=&page=: the intake queue as JSON for staff
 * who work with referrals, limited to their own services: the counts per service and one page of rows.
 */
export const intakeQueueEndpoint = ({ access }: Pick<SanitizedOptions, 'access'>): Endpoint => ({
  path: '/queue',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'queue', 'unauthorized', 'Log in to see the intake queue.')
    const scope = access.referralScope(req.user)
    if (scope === 'none' || scope.length === 0)
      return refuse(
        403,
        'queue',
        'forbidden',
        'The intake queue is for intake staff and administrators.',
      )

    const query = parseQueueQuery(req.searchParams)
    if (!query.ok) return refuse(400, query.field, 'invalid', query.message)
    const { filters, page } = query
    if (
      filters.service !== null &&
      scope !== 'all' &&
      !scope.map(Number).includes(filters.service)
    ) {
      return refuse(
        403,
        'service',
        'forbidden',
        'You may only see the queues of the services you work with.',
      )
    }
    if (
      filters.unit !== null &&
      scope !== 'all' &&
      !(await unitsInScope(req.payload, scope.map(Number))).some((u) => u.id === filters.unit)
    ) {
      return refuse(403, 'unit', 'forbidden', 'You may only see the queues of your own units.')
    }
    return reply(
      200,
      await intakeQueue(req.payload, { user: req.user, scope, filters, page, through: 'rest' }),
    )
  },
})
