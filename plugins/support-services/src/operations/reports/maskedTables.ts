import type { Payload } from 'payload'

import { slugs } from '../../defaults'
import {
  type FollowUpReport,
  hiddenAcrossUnits,
  type MaskedTable,
  maskReportTables,
  type ReportNames,
  reportTables,
} from '../../domain'
import { followUpReport } from './followUpReport'

/** A report's services (none: every service) grouped by the unit that owns them. */
export const servicesByUnit = async (payload: Payload, serviceIds: readonly number[]) => {
  const { docs } = await payload.find({
    collection: slugs.services,
    where: serviceIds.length ? { id: { in: [...serviceIds] } } : {},
    depth: 0,
    pagination: false,
    select: { unit: true },
    overrideAccess: true,
  })
  const groups = new Map<number, number[]>()
  for (const service of docs) {
    const unit = Number(service.unit)
    groups.set(unit, [...(groups.get(unit) ?? []), Number(service.id)])
  }
  return [...groups.values()]
}

/**
 * The report's tables masked as every view but the staff's JSON shows them (page, print, CSV, Excel).
 * A report over several units is also masked against each unit's own report over the same period, so
 * that no unit's hidden count can be worked out from the whole minus the other units.
 */
export async function maskedReportTables(
  payload: Payload,
  report: FollowUpReport,
  names: ReportNames,
): Promise<MaskedTable[]> {
  const tables = reportTables(report, names)
  const units = await servicesByUnit(payload, report.serviceIds)
  if (units.length < 2) return maskReportTables(tables)
  const { from, to } = report.period
  const unitTables = await Promise.all(
    units.map(async (serviceIds) =>
      maskReportTables(
        reportTables(await followUpReport(payload, { from, to, serviceIds }), names),
      ),
    ),
  )
  return maskReportTables(tables, hiddenAcrossUnits(tables, unitTables))
}
