export { drizzleRunner, followUpReport, type FollowUpReportArgs, type SqlRunner } from './followUpReport'
