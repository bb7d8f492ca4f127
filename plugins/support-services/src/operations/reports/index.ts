export { followUpReport, type FollowUpReportArgs } from './followUpReport'
export { maskedReportTables } from './maskedTables'
export { drizzleRunner, type SqlRunner } from '../sql'
export { reportNames, reportScopeFromAccess, reportScopeOf, reportServices } from './scope'
