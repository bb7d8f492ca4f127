export { followUpReport, type FollowUpReportArgs, followUpReports } from './followUpReport'
export { maskedReportTables, reportWithUnits, servicesByUnit } from './maskedTables'
export { drizzleRunner, type SqlRunner } from '../sql'
export {
  managedUnitsFromAccess,
  type ReportReader,
  reportReaderFromAccess,
  reportReaderOf,
  reportNames,
  reportScopeFromAccess,
  reportScopeOf,
  reportServices,
} from './scope'
export {
  type EstimateArgs,
  estimateParameters,
  estimateRows,
  shownEstimateReport,
} from './estimate'
