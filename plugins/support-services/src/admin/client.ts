'use client'
/**
 * The plugin's client components for the admin, referenced by string path
 * (`@stodportalen/support-services/client#Name`) as Payload's import map expects.
 */
// The referral's page: the forms its server components render (usable on their own, given ids).
export { CaseActions } from './referral/CaseActions'
export { ContactAttemptForm } from './referral/ContactAttemptForm'
export { ConsentForm } from './referral/ConsentForm'
export { ReassessmentForm } from './referral/ReassessmentForm'
export { NoteForm } from './referral/NoteForm'
export { DismissDuplicate } from './referral/DismissDuplicate'
// The service's page: printing its information sheet.
export { PrintSheetField } from './services/PrintSheetField'
