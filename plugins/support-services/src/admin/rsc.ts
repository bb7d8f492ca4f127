/**
 * The plugin's server components for the admin, referenced by string path
 * (`@stodportalen/support-services/rsc#Name`) as Payload's import map expects.
 */
export { IntakeQueueView } from './queue/IntakeQueueView'
export { FollowUpReportView } from './reports/FollowUpReportView'
export { IntakeNavLinks } from './IntakeNavLinks'
