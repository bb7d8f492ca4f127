/**
 * Where a referral holds personal data or free text: stored encrypted (see fieldEncryption.ts),
 * cleared when a closed case is anonymised (retention). Paths as in the collection's field tree.
 */
export const referralPersonalFields = [
  'applicant.name',
  'applicant.phone',
  'applicant.email',
  'applicant.dateOfBirth',
  'applicant.bestTimeToContact',
  'applicant.message',
  'referrer.name',
  'referrer.phone',
  'referrer.email',
  'customAnswers',
  'statusToken',
] as const

/** The free text of a referral's history (a reason, a note) may say anything about the person. */
export const referralEventPersonalFields = ['reason', 'note'] as const
