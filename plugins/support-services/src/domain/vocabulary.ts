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

/** Municipalities by official code (SCB kommunkod), in Swedish alphabetical order. */
export const municipalities: readonly { code: string; name: string }[] = [
  { code: '0381', name: 'Enköping' },
  { code: '1480', name: 'Göteborg' },
  { code: '0331', name: 'Heby' },
  { code: '2184', name: 'Hudiksvall' },
  { code: '0330', name: 'Knivsta' },
  { code: '0180', name: 'Stockholm' },
  { code: '0360', name: 'Tierp' },
  { code: '0380', name: 'Uppsala' },
  { code: '0319', name: 'Älvkarleby' },
  { code: '0382', name: 'Östhammar' },
]

/** The answer "I live in another municipality". */
export const otherMunicipality = 'other'

export function isMunicipalityCode(value: unknown): value is string {
  return municipalities.some((m) => m.code === value)
}

export function municipalityName(code: string): string | undefined {
  return municipalities.find((m) => m.code === code)?.name
}
