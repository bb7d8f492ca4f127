import type { Endpoint, Payload } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { managedUnitsOf } from '../access/unitAccess'
import {
  type CsvDialect,
  estimateCsv,
  estimateNotes,
  outreachTableIds,
  reportCsv,
  reportTableIds,
  tableCsv,
} from '../domain'
import {
  type EstimateArgs,
  followUpReport,
  maskedReportTables,
  reportNames,
  reportReaderOf,
  reportScopeOf,
  reportServices,
  reportWithUnits,
  servicesByUnit,
  shownEstimateReport,
} from '../operations/reports'
import { reportWorkbook, type WorkbookEstimate } from '../print/reportWorkbook'
import { csvFile, refuse, reply, xlsxFile } from './respond'

const formats = ['json', 'csv', 'xlsx'] as const

/**
 * GET /api/referrals/report?from=YYYY-MM-DD&to=YYYY-MM-DD[&services=1,2][&format=csv|xlsx[&table=<id>]]
 * [&separator=semicolon]: the follow-up figures for staff who work with referrals, for their own
 * services; for outreach staff (who manage units' content but no referrals), the outreach tables only,
 * as CSV or Excel, for their units' services. Aggregates only. JSON has the exact figures for staff; CSV and Excel (the whole report, or
 * one table) are masked as the page is: every count below 5 and every cell that would give one away,
 * in that table or another. The whole report's CSV and Excel end with the socio-economic estimate as
 * the page shows it: its tables, range, parameters with their sources and assumptions. CSV is
 * comma-separated with a decimal point, or with `separator=semicolon` semicolon-separated with a
 * decimal comma, as Swedish Excel opens it.
 */
export const reportEndpoint = ({ access }: Pick<SanitizedOptions, 'access'>): Endpoint => ({
  path: '/report',
  method: 'get',
  handler: async (req) => {
    const reader = req.user
      ? await reportReaderOf(
          req.payload,
          reportScopeOf(access.referralScope(req.user)),
          managedUnitsOf(access, req.user),
        )
      : null
    if (!reader)
      return refuse(
        403,
        'report',
        'forbidden',
        'Reports are for intake staff, outreach staff and administrators.',
      )
    const query = req.searchParams
    const asked = (query.get('services') ?? '').split(',').filter(Boolean).map(Number)
    if (asked.some((id) => !Number.isInteger(id)))
      return refuse(400, 'report', 'invalid', 'services: a comma-separated list of service ids.')
    const format = query.get('format') ?? 'json'
    if (!(formats as readonly string[]).includes(format))
      return refuse(400, 'report', 'invalid', `format: one of ${formats.join(', ')}.`)
    const separator = query.get('separator') ?? 'comma'
    if (separator !== 'comma' && separator !== 'semicolon')
      return refuse(400, 'report', 'invalid', 'separator: comma or semicolon.')
    const table = query.get('table')
    if (table !== null && !(reportTableIds as readonly string[]).includes(table)) {
      return refuse(400, 'report', 'invalid', `table: one of ${reportTableIds.join(', ')}.`)
    }
    // Outreach staff read the outreach tables, masked: never the exact figures, never another table.
    const shownIds = reader.outreachOnly ? outreachTableIds : reportTableIds
    if (format === 'json' && reader.outreachOnly)
      return refuse(
        403,
        'report',
        'forbidden',
        'Outreach staff get the outreach tables as CSV or Excel.',
      )
    if (table !== null && !(shownIds as readonly string[]).includes(table))
      return refuse(
        403,
        'report',
        'forbidden',
        `Outreach staff get these tables: ${shownIds.join(', ')}.`,
      )
    const serviceIds = await reportServices(req.payload, reader.scope, asked)
    if (!serviceIds)
      return refuse(
        403,
        'report',
        'forbidden',
        'You may only report on the services you work with.',
      )

    const args = { from: query.get('from') ?? '', to: query.get('to') ?? '', serviceIds }
    // The exports are masked across units too: the units' reports are made from the same reading. The
    // whole report's exports end with the estimate, read beside it.
    let read
    try {
      if (format === 'json') return reply(200, await followUpReport(req.payload, args))
      const byUnit = await servicesByUnit(req.payload, serviceIds)
      read = await Promise.all([
        reportWithUnits(req.payload, args, byUnit),
        table === null && !reader.outreachOnly
          ? exportedEstimate(req.payload, args, byUnit)
          : undefined,
      ])
    } catch (error) {
      if (error instanceof RangeError) return refuse(400, 'report', 'invalid', error.message)
      throw error
    }
    const [{ report, units }, estimate] = read
    const all = maskedReportTables(report, await reportNames(req.payload, report), units)
    const tables = all.filter((t) => (table === null ? shownIds.includes(t.id) : t.id === table))
    const prefix = reader.outreachOnly ? 'uppsokande' : 'uppfoljning'
    const name = `${prefix}-${report.period.from}-${report.period.to}${table ? `-${table}` : ''}`
    if (format === 'xlsx')
      return xlsxFile(await reportWorkbook(report.period, tables, estimate), `${name}.xlsx`)
    const dialect: CsvDialect = separator === 'semicolon' ? 'semicolon' : 'comma'
    const suffix = dialect === 'semicolon' ? '-semikolon' : ''
    const csv =
      table !== null
        ? tableCsv(tables[0], dialect)
        : [
            reportCsv(report.period, tables, dialect),
            ...(estimate ? [estimateCsv(estimate.notes, estimate.tables, dialect)] : []),
          ].join('\r\n')
    return csvFile(csv, `${name}${suffix}.csv`)
  },
})

/** The estimate of the report's period and services, as the page shows it, for a whole-report export. */
async function exportedEstimate(
  payload: Payload,
  args: EstimateArgs,
  byUnit: readonly (readonly number[])[],
): Promise<WorkbookEstimate> {
  const { estimate, parameters, tables } = await shownEstimateReport(payload, args, byUnit)
  return { notes: estimateNotes(estimate, parameters, tables), tables }
}
