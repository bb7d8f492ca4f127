export { type ActionResult, requestContact, updateContact, withdraw } from './actions'
export { recordApplicantRead, referralIdForToken, statusLinkUrl, statusTokenHash } from './link'
export { resendStatusLink } from './resend'
export { readStatusReferral, statusView, type StatusView } from './view'
