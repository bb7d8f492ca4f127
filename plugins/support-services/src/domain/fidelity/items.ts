/**
 * The 25 items of the IPS fidelity scale (IPS-25) in its three groups, named in our own words from the
 * published item names. Each is scored 1–5 (5 is full fidelity); the scale's manual, not this file,
 * says how to score them.
 */

export const fidelityGroups = ['staffing', 'organisation', 'services'] as const
export type FidelityGroup = (typeof fidelityGroups)[number]

export const fidelityGroupLabels: Record<FidelityGroup, string> = {
  staffing: 'Bemanning',
  organisation: 'Organisation',
  services: 'Stödet',
}

export interface FidelityItem {
  key: string
  group: FidelityGroup
  /** The item's name in Swedish, as reviewers and the printed review show it. */
  name: string
}

const group = (name: FidelityGroup, items: Record<string, string>): FidelityItem[] =>
  Object.entries(items).map(([key, text]) => ({ key, group: name, name: text }))

export const fidelityItems: readonly FidelityItem[] = [
  ...group('staffing', {
    caseload: 'Antal deltagare per IPS-coach',
    dedicatedStaff: 'Coacherna arbetar bara med stöd till arbete och studier',
    generalists: 'Varje coach ger stödet i alla steg, från kartläggning till stöd på jobbet',
  }),
  ...group('organisation', {
    teamAssignment: 'Coacherna hör till vårdens behandlingsteam',
    teamContact: 'Täta kontakter mellan coach och behandlingsteam',
    agencyCollaboration: 'Samarbete med Arbetsförmedlingen och Försäkringskassan',
    vocationalUnit: 'Coacherna bildar en egen grupp som stöttar varandra',
    supervisor: 'Arbetsledaren leder och följer upp arbetet',
    zeroExclusion: 'Ingen utestängs: viljan att arbeta räcker',
    competitiveFocus: 'Hela verksamheten siktar på vanligt arbete',
    leadershipSupport: 'Ledningen står bakom IPS',
  }),
  ...group('services', {
    benefitsPlanning: 'Vägledning om ersättningar och ekonomi vid arbete',
    disclosure: 'Stöd i att välja vad man berättar för arbetsgivaren',
    workBasedAssessment: 'Kartläggningen fortsätter i arbetet',
    rapidSearch: 'Snabb start på arbetssökandet',
    individualSearch: 'Jobbsökandet utgår från personens önskemål',
    employerContactFrequency: 'Täta kontakter med arbetsgivare',
    employerContactQuality: 'Arbetsgivarkontakter som bygger relationer',
    jobTypeDiversity: 'Olika slags arbeten',
    employerDiversity: 'Olika arbetsgivare',
    competitiveJobs: 'Vanliga arbeten på öppna arbetsmarknaden',
    individualFollowAlong: 'Stöd efter anställningen, efter personens behov',
    unlimitedFollowAlong: 'Stöd efter anställningen utan tidsgräns',
    communityBased: 'Stödet ges ute i samhället, inte på kontoret',
    assertiveOutreach: 'Teamet söker upp den som tappar kontakten',
  }),
]

export type FidelityItemKey = string

export const fidelityItemKeys = fidelityItems.map((i) => i.key)

export const fidelityItemByKey = new Map(fidelityItems.map((item) => [item.key, item]))

/** The number of the item within its group, as the scale numbers them ("O6"). */
export const fidelityItemNumber = (key: string): string => {
  const item = fidelityItemByKey.get(key)
  if (!item) return key
  const index = fidelityItems.filter((i) => i.group === item.group).indexOf(item) + 1
  return `${{ staffing: 'B', organisation: 'O', services: 'S' }[item.group]}${index}`
}
