import type { Endpoint } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { accessLogCsv, parseAccessLogQuery } from '../operations/accessLog'
import { csvFile, refuse } from './respond'

/** The file's name says what it holds: `laslogg-2026-01-01-2026-03-31.csv`, `laslogg-alla.csv`. */
const fileName = (from: string | null, to: string | null) =>
  `laslogg-${from || to ? `${from ?? 'start'}-${to ?? 'idag'}` : 'alla'}.csv`

/**
 * GET /api/referral-access-log/export?user=&reference=&from=YYYY-MM-DD&to=YYYY-MM-DD: the read audit as
 * CSV, with the review page's filters, for the regular log review. Only for those who may read the log.
 */
export const accessLogExportEndpoint = ({
  access,
}: Pick<SanitizedOptions, 'access'>): Endpoint => ({
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'export', 'unauthorized', 'Log in to export the read audit.')
    if (!access.canReadAuditLog(req.user))
      return refuse(403, 'export', 'forbidden', 'The read audit is for administrators.')
    const query = parseAccessLogQuery(req.searchParams)
    if (!query.ok) {
      const [first] = query.errors
      return refuse(400, first.field, 'invalid', `${first.field}: ${first.message}`)
    }
    const { filters } = query
    return csvFile(accessLogCsv(req.payload, filters), fileName(filters.from, filters.to))
  },
})
