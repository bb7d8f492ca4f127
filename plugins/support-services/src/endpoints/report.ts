import type { Endpoint } from 'payload'

import { followUpReportCsv } from '../domain'
import { slugs } from '../defaults'
import { followUpReport } from '../operations/reports'
import type { SupportServicesAccess } from '../types'
import { reply } from './respond'

const refuse = (status: number, message: string) => reply(status, { errors: [{ field: 'report', code: 'forbidden', message }] })

/** The services a request asks for, within what the user may see; null when it asks for more. */
const allowedServices = (asked: number[], scope: 'all' | (number | string)[]): null | number[] => {
  if (scope === 'all') return asked
  const mine = scope.map(Number)
  if (asked.length === 0) return mine
  return asked.every((id) => mine.includes(id)) ? asked : null
}

/**
 * GET /api/referrals/report?from=YYYY-MM-DD&to=YYYY-MM-DD[&services=1,2][&format=csv]: the follow-up
 * figures for staff who work with referrals, for their own services. Aggregates only; the CSV masks
 * every count below 5.
 */
export const reportEndpoint = (access: SupportServicesAccess): Endpoint => ({
  path: '/report',
  method: 'get',
  handler: async (req) => {
    const scope = access.referralScope(req.user)
    if (!req.user || scope === 'none') return refuse(403, 'Reports are for intake staff and administrators.')
    const query = req.searchParams
    const asked = (query.get('services') ?? '').split(',').filter(Boolean).map(Number)
    if (asked.some((id) => !Number.isInteger(id))) return refuse(400, 'services: a comma-separated list of service ids.')
    const serviceIds = allowedServices(asked, scope)
    if (!serviceIds) return refuse(403, 'You may only report on the services you work with.')

    let report
    try {
      report = await followUpReport(req.payload, { from: query.get('from') ?? '', to: query.get('to') ?? '', serviceIds })
    } catch (error) {
      if (error instanceof RangeError) return refuse(400, error.message)
      throw error
    }
    if (query.get('format') !== 'csv') return reply(200, report)

    const { docs } = await req.payload.find({ collection: slugs.services, depth: 0, limit: 100, pagination: false, select: { slug: true } })
    const slugOf = new Map(docs.map((s) => [Number(s.id), String((s as { slug?: string }).slug)]))
    return new Response(followUpReportCsv(report, (id) => slugOf.get(id) ?? String(id)), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="uppfoljning-${report.period.from}-${report.period.to}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
})
