import type { Endpoint } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import {
  maskTable,
  reportCsv,
  type ReportTableId,
  reportTableIds,
  reportTables,
  tableCsv,
} from '../domain'
import { followUpReport, reportNames, reportScopeOf, reportServices } from '../operations/reports'
import { csvFile, refuse, reply } from './respond'

/**
 * GET /api/referrals/report?from=YYYY-MM-DD&to=YYYY-MM-DD[&services=1,2][&format=csv[&table=<id>]]: the
 * follow-up figures for staff who work with referrals, for their own services. Aggregates only. JSON has
 * the exact figures for staff; the CSV (the whole report, or one table) masks every count below 5 and
 * every cell that would give one away.
 */
export const reportEndpoint = ({ access }: Pick<SanitizedOptions, 'access'>): Endpoint => ({
  path: '/report',
  method: 'get',
  handler: async (req) => {
    const scope = req.user ? reportScopeOf(access.referralScope(req.user)) : null
    if (!scope)
      return refuse(403, 'report', 'forbidden', 'Reports are for intake staff and administrators.')
    const query = req.searchParams
    const asked = (query.get('services') ?? '').split(',').filter(Boolean).map(Number)
    if (asked.some((id) => !Number.isInteger(id)))
      return refuse(400, 'report', 'invalid', 'services: a comma-separated list of service ids.')
    const table = query.get('table')
    if (table !== null && !(reportTableIds as readonly string[]).includes(table)) {
      return refuse(400, 'report', 'invalid', `table: one of ${reportTableIds.join(', ')}.`)
    }
    const serviceIds = await reportServices(req.payload, scope, asked)
    if (!serviceIds)
      return refuse(
        403,
        'report',
        'forbidden',
        'You may only report on the services you work with.',
      )

    let report
    try {
      report = await followUpReport(req.payload, {
        from: query.get('from') ?? '',
        to: query.get('to') ?? '',
        serviceIds,
      })
    } catch (error) {
      if (error instanceof RangeError) return refuse(400, 'report', 'invalid', error.message)
      throw error
    }
    if (query.get('format') !== 'csv') return reply(200, report)

    const tables = reportTables(report, await reportNames(req.payload, report)).map(maskTable)
    const name = `uppfoljning-${report.period.from}-${report.period.to}`
    if (table === null) return csvFile(reportCsv(report.period, tables), `${name}.csv`)
    return csvFile(
      tableCsv(tables.find((t) => t.id === (table as ReportTableId))!),
      `${name}-${table}.csv`,
    )
  },
})
