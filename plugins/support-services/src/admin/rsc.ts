/**
 * The plugin's server components for the admin, referenced by string path
 * (`@stodportalen/support-services/rsc#Name`) as Payload's import map expects.
 */
export { IntakeQueueView } from './queue/IntakeQueueView'
export { FollowUpReportView } from './reports/FollowUpReportView'
export { AccessLogView } from './audit/AccessLogView'
export { CaseloadImportView } from './import/CaseloadImportView'
export { FidelityView } from './fidelity/FidelityView'
export { IntakeNavLinks } from './IntakeNavLinks'
export { IntakeWorkWidget } from './dashboard/IntakeWorkWidget'
// The referral's page: `ui` fields of the referrals collection.
export { CaseActionsField } from './referral/CaseActionsField'
export { DuplicatesField } from './referral/DuplicatesField'
export { ContactLogField } from './referral/ContactLogField'
export { ConsentField } from './referral/ConsentField'
export { ReassessmentField } from './referral/ReassessmentField'
export { WorkField } from './referral/WorkField'
export { TimelineField } from './referral/TimelineField'
export { AnswersField } from './referral/AnswersField'
