/** Closed lists shared by eligibility rules, referral fields and reports. Labels live in the message catalogs. */

export const careContactKinds = [
  'psychiatry',
  'primaryCare',
  'habilitation',
  'socialPsychiatry',
] as const
export type CareContactKind = (typeof careContactKinds)[number]

export const goals = ['work', 'studies'] as const
export type Goal = (typeof goals)[number]

export const genders = ['woman', 'man', 'other', 'notStated'] as const
export type Gender = (typeof genders)[number]

export const referrerKinds = ['self', 'relative', 'professional'] as const
export type ReferrerKind = (typeof referrerKinds)[number]

/** Who referred, as counted in the follow-up report. */
export const referralSources = [
  'self',
  'psychiatry',
  'primaryCare',
  'socialServices',
  'fk',
  'af',
  'school',
  'other',
] as const
export type ReferralSource = (typeof referralSources)[number]

/** "How did you hear about us": makes the effect of outreach measurable. */
export const heardFromOptions = [
  'psychiatry',
  'primaryCare',
  'socialServices',
  'fk',
  'af',
  'school',
  'friendOrFamily',
  'socialMedia',
  'event',
  'web',
  'other',
] as const
export type HeardFrom = (typeof heardFromOptions)[number]

export const contactChannels = ['phone', 'sms', 'email'] as const
export type ContactChannel = (typeof contactChannels)[number]

/** How a resident can choose to be told when their referral moves (off unless chosen). */
export const updateChannels = ['email', 'sms'] as const
export type UpdateChannel = (typeof updateChannels)[number]
