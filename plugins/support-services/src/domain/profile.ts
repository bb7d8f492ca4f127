/**
 * The participant's profile at enrolment, as the regional statistics (SUS) and Hudiksvall's report
 * describe their participants: the main income before, years on public support, the highest education
 * and the age at enrolment. Recorded by staff, optional, never asked in the public form.
 */

/** The main source of income before enrolment. */
export const incomeSources = [
  'salary',
  'sicknessCompensation',
  'socialAssistance',
  'unemploymentSupport',
  'studentAid',
  'none',
  'otherIncome',
] as const
export type IncomeSource = (typeof incomeSources)[number]

export const incomeSourceLabels: Record<IncomeSource, string> = {
  salary: 'Lön',
  sicknessCompensation: 'Sjuk- eller aktivitetsersättning',
  socialAssistance: 'Försörjningsstöd',
  unemploymentSupport: 'Arbetslöshetsersättning eller aktivitetsstöd',
  studentAid: 'Studiemedel',
  none: 'Ingen inkomst',
  otherIncome: 'Annan inkomst',
}

/** Years on public support (offentlig försörjning) before enrolment; SUS counts "more than 3 years". */
export const supportYearBands = ['noSupport', 'under1', '1to3', 'over3'] as const
export type SupportYearBand = (typeof supportYearBands)[number]

export const supportYearBandLabels: Record<SupportYearBand, string> = {
  noSupport: 'Ingen offentlig försörjning',
  under1: 'Mindre än 1 år',
  '1to3': '1–3 år',
  over3: 'Mer än 3 år',
}

/** The highest completed education, in SCB's levels of the Swedish education nomenclature (SUN). */
export const educationLevels = [
  'primaryShort',
  'primary',
  'upperSecondaryShort',
  'upperSecondary',
  'postSecondaryShort',
  'postSecondary',
  'doctoral',
  'unknownEducation',
] as const
export type EducationLevel = (typeof educationLevels)[number]

export const educationLevelLabels: Record<EducationLevel, string> = {
  primaryShort: 'Förgymnasial utbildning kortare än 9 år',
  primary: 'Förgymnasial utbildning 9 (10) år',
  upperSecondaryShort: 'Gymnasial utbildning högst 2 år',
  upperSecondary: 'Gymnasial utbildning 3 år',
  postSecondaryShort: 'Eftergymnasial utbildning kortare än 3 år',
  postSecondary: 'Eftergymnasial utbildning 3 år eller längre',
  doctoral: 'Forskarutbildning',
  unknownEducation: 'Okänd utbildning',
}

/** Age groups at enrolment; the first two together are SUS's "younger than 30". */
export const ageBands = [
  { key: 'under25', upTo: 24, label: 'Under 25 år' },
  { key: '25to29', upTo: 29, label: '25–29 år' },
  { key: '30to39', upTo: 39, label: '30–39 år' },
  { key: '40to49', upTo: 49, label: '40–49 år' },
  { key: '50plus', upTo: Infinity, label: '50 år eller äldre' },
] as const
export type AgeBand = (typeof ageBands)[number]['key']

export const ageBandOf = (age: number): AgeBand => ageBands.find((b) => age <= b.upTo)!.key

/** An age at enrolment outside these is a typing error in the birth year. */
export const enrolmentAgeRange = { min: 15, max: 80 } as const

/**
 * The age at enrolment: exact from a date of birth ('YYYY-MM-DD'); from a birth year only, the age the
 * person turns in the year of enrolment (SCB's "age at the end of the year"). Null when neither is known.
 */
export function ageAtEnrolment(
  enrolledOn: string,
  known: { dateOfBirth?: string | null; birthYear?: number | null },
): number | null {
  const year = Number(enrolledOn.slice(0, 4))
  if (known.dateOfBirth && /^\d{4}-\d{2}-\d{2}$/.test(known.dateOfBirth)) {
    const turned = enrolledOn.slice(5) >= known.dateOfBirth.slice(5)
    return year - Number(known.dateOfBirth.slice(0, 4)) - (turned ? 0 : 1)
  }
  return known.birthYear != null ? year - known.birthYear : null
}
