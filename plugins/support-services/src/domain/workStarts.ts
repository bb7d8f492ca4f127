/**
 * Job and study starts during support: IPS's main outcome is a job started while the person is
 * supported, not only how a case was closed. The kinds, the kinds of school, the employer's sector
 * (SNI 2007 sections, never the employer's name) and why a start ended, with their Swedish names.
 */

/** Competitive work without a subsidy, work with a wage subsidy, an own business, or studies. */
export const startKinds = ['competitiveJob', 'subsidisedJob', 'ownBusiness', 'studies'] as const
export type StartKind = (typeof startKinds)[number]

/** The kinds that are work: the 3- and 6-month figures follow these. */
export const jobStartKinds = [
  'competitiveJob',
  'subsidisedJob',
  'ownBusiness',
] as const satisfies readonly StartKind[]

export const isJobStart = (kind: string | null | undefined) =>
  (jobStartKinds as readonly string[]).includes(kind ?? '')

export const startKindLabels: Record<StartKind, string> = {
  competitiveJob: 'Arbete utan subvention',
  subsidisedJob: 'Arbete med lönestöd',
  ownBusiness: 'Eget företag',
  studies: 'Studier',
}

export const schoolKinds = [
  'upperSecondary',
  'adultEducation',
  'folkHighSchool',
  'vocationalHigher',
  'university',
  'otherSchool',
] as const
export type SchoolKind = (typeof schoolKinds)[number]

export const schoolKindLabels: Record<SchoolKind, string> = {
  upperSecondary: 'Gymnasieskola',
  adultEducation: 'Komvux',
  folkHighSchool: 'Folkhögskola',
  vocationalHigher: 'Yrkeshögskola',
  university: 'Universitet eller högskola',
  otherSchool: 'Annan utbildning',
}

/** The sections of the Swedish Standard Industrial Classification, SNI 2007 (SCB). */
export const sniSectionLabels = {
  A: 'Jordbruk, skogsbruk och fiske',
  B: 'Utvinning av mineral',
  C: 'Tillverkning',
  D: 'Försörjning av el, gas, värme och kyla',
  E: 'Vattenförsörjning; avloppsrening, avfallshantering och sanering',
  F: 'Byggverksamhet',
  G: 'Handel; reparation av motorfordon och motorcyklar',
  H: 'Transport och magasinering',
  I: 'Hotell- och restaurangverksamhet',
  J: 'Informations- och kommunikationsverksamhet',
  K: 'Finans- och försäkringsverksamhet',
  L: 'Fastighetsverksamhet',
  M: 'Verksamhet inom juridik, ekonomi, vetenskap och teknik',
  N: 'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster',
  O: 'Offentlig förvaltning och försvar; obligatorisk socialförsäkring',
  P: 'Utbildning',
  Q: 'Vård och omsorg; sociala tjänster',
  R: 'Kultur, nöje och fritid',
  S: 'Annan serviceverksamhet',
  T: 'Förvärvsarbete i hushåll; hushållens produktion för eget bruk',
  U: 'Verksamhet vid internationella organisationer, utländska ambassader o.d.',
} as const
export type SniSection = keyof typeof sniSectionLabels
export const sniSections = Object.keys(sniSectionLabels) as SniSection[]
/** "G – Handel; …": the letter first, as SCB writes it. */
export const sniSectionText = (section: SniSection) => `${section} – ${sniSectionLabels[section]}`

export const startEndReasons = [
  'fixedTermEnded',
  'resigned',
  'dismissed',
  'changed',
  'studiesCompleted',
  'studiesInterrupted',
  'health',
  'otherReason',
] as const
export type StartEndReason = (typeof startEndReasons)[number]

export const startEndReasonLabels: Record<StartEndReason, string> = {
  fixedTermEnded: 'Tidsbegränsad anställning tog slut',
  resigned: 'Sade upp sig själv',
  dismissed: 'Blev uppsagd',
  changed: 'Bytte till annat arbete eller studier',
  studiesCompleted: 'Utbildningen är klar',
  studiesInterrupted: 'Avbröt studierna',
  health: 'Ohälsa',
  otherReason: 'Annat skäl',
}

/** Hours a week a start may have: more than 60 is a typing error, not a job. */
export const maxHoursPerWeek = 60

/**
 * The day `months` calendar months after `date` ('YYYY-MM-DD'); from the 31st into a shorter month,
 * its last day (a job started 31 August has lasted 6 months on 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number)
  // Months since year 0, so that the year carries over (arithmetic: reports work out thousands).
  const index = year * 12 + month - 1 + months
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  const d = Math.min(day, daysInMonth(y, m))
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const daysInMonth = (year: number, month: number) =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31
