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
import { type FollowUpReportArgs, followUpReports } from './followUpReport'

/** A report's services (none: every service) grouped by the unit that owns them. */
export const servicesByUnit = async (
  payload: Payload,
  serviceIds: readonly number[],
): Promise<number[][]> => {
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
 * The report and, over several units, each unit's own report over the same period (for masking across
 * units), from one reading of the rows.
 */
export const reportWithUnits = async (
  payload: Payload,
  args: FollowUpReportArgs,
  /** The services by unit, when the caller has read them (servicesByUnit). */
  byUnit?: readonly (readonly number[])[],
): Promise<{ report: FollowUpReport; units: FollowUpReport[] }> => {
  const units = byUnit ?? (await servicesByUnit(payload, args.serviceIds ?? []))
  const { report, groups } = await followUpReports(payload, args, units.length < 2 ? [] : units)
  return { report, units: groups }
}

/**
 * The report's tables masked as every view but the staff's JSON shows them (page, print, CSV, Excel).
 * A report over several units is also masked against each unit's own report over the same period
 * (`units`, from reportWithUnits), so that no unit's hidden count can be worked out from the whole
 * minus the other units.
 */
export function maskedReportTables(
  report: FollowUpReport,
  names: ReportNames,
  units: readonly FollowUpReport[],
): MaskedTable[] {
  const tables = reportTables(report, names)
  if (units.length < 2) return maskReportTables(tables)
  const unitTables = units.map((unit) => maskReportTables(reportTables(unit, names)))
  return maskReportTables(tables, hiddenAcrossUnits(tables, unitTables))
}
