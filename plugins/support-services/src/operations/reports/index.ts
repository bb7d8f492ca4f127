export { followUpReport, type FollowUpReportArgs } from './followUpReport'
export { drizzleRunner, type SqlRunner } from '../sql'
export { reportNames, reportScopeFromAccess, reportScopeOf, reportServices } from './scope'
export { estimateParameters, estimateReport, estimateRows } from './estimate'
