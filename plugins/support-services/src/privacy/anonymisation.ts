import { referralEventPersonalFields, referralPersonalFields } from './personalData'

/**
 * What anonymisation clears on a closed case, as paths in the collection's field tree: the personal
 * data, and every other fact about the person or link to them that the follow-up report does not read.
 * What stays is what the report reads: service, status, outcome, the milestone dates, gender, who
 * referred (source) and how they heard, the handler; plus the redirect partner (an organisation from the
 * editors' list). A field added for the person is one more line here.
 */
export const referralAnonymisedFields = [
  ...referralPersonalFields,
  'applicant.age',
  'applicant.municipality',
  'applicant.contactChannels',
  'applicant.preferredLanguage',
  'applicant.interpreterNeeded',
  'applicant.emailConfirmation',
  'applicant.statusUpdates',
  'referrer.kind',
  'referrer.organisation',
  'consent.collaboration',
  'consent.partners',
  'consent.formVersion',
  'consent.recordedAt',
  'consent.withdrawnAt',
  'goals',
  'careContacts',
  'locale',
  'eligibility',
  'eligibilityOverall',
  'redirectTarget',
  // Links to the person's other referrals would lead back to their name: cleared both ways.
  'mergedInto',
  'possibleDuplicates',
  'idempotencyKey',
  'personLookup.nameAndBirth',
  'personLookup.phone',
  'personLookup.email',
] as const

/**
 * Cleared on every event of an anonymised case. What stays: type, time, statuses, outcome, services,
 * partner, handler and actor (staff), contact channel and result, consent action, re-assessment result.
 */
export const referralEventAnonymisedFields = [
  ...referralEventPersonalFields,
  'target',
  'relatedReferral',
  'consent.partners',
  'consent.formVersion',
  // The report reads the profile's categories, never the amount.
  'profile.monthlyIncome',
  // Housing support is a social service: the person's own, not the report's.
  'profile.housingSupportHours',
  'workStart.housingSupportHours',
] as const

/**
 * The reference number is on the person's receipt and in staff e-mails, so it is replaced, never kept:
 * by this prefix and the row's id.
 */
export const anonymisedReferencePrefix = 'ANONYM-'
