export { drizzleRunner, followUpReport, type FollowUpReportArgs, type SqlRunner } from './followUpReport'
export { reportNames, reportScopeFromAccess, reportScopeOf, reportServices } from './scope'
