import type {
  ConsentAction,
  ContactAttemptChannel,
  ContactResult,
  EventType,
  ReassessmentResult,
  ReferralFlags,
} from './caseRecords'
import type { CriterionStatus, EligibilityResult } from './eligibility'
import type { ReferralSource } from './vocabulary'
import type { Outcome, Status, TransitionAction } from './workflow'

import { firstContactGoalDays, waitingGoalDays } from './queue'

/**
 * The intake staff's words, in Swedish (the admin's language and the municipality's terms). One place,
 * so the admin's select options, its actions and the server's refusals all say the same thing.
 */
export const statusLabels: Record<Status, string> = {
  received: 'Inkommen',
  screened: 'Granskad',
  waiting: 'Väntar',
  firstContact: 'Första samtal',
  onHold: 'Vilande',
  enrolled: 'Inskriven',
  active: 'Aktiv',
  closed: 'Avslutad',
  redirected: 'Lotsad',
  declined: 'Avböjd',
  withdrawn: 'Återtagen',
  merged: 'Sammanslagen',
}

export const outcomeLabels: Record<Outcome, string> = {
  workWithoutSubsidy: 'Arbete utan subvention',
  workWithSubsidy: 'Arbete med subvention',
  ownBusiness: 'Eget företag',
  studies: 'Studier',
  workAndStudies: 'Arbete och studier',
  jobSeeking: 'Arbetssökande',
  meaningfulOccupation: 'Meningsfull sysselsättning',
  other: 'Annat',
}

/** What the button says for each move in the workflow table. */
export const actionLabels: Record<TransitionAction, string> = {
  screen: 'Markera som granskad',
  queue: 'Sätt i kö',
  firstContact: 'Första samtal',
  hold: 'Sätt som vilande',
  resume: 'Tillbaka till kön',
  enrol: 'Skriv in',
  activate: 'Markera som aktiv',
  close: 'Avsluta',
  redirect: 'Lotsa till annan aktör',
  decline: 'Avböj',
  withdraw: 'Personen återtar',
  merge: 'Slå samman med dubblett',
  reopen: 'Öppna igen',
}

export const sourceLabels: Record<ReferralSource, string> = {
  self: 'Egenanmälan',
  psychiatry: 'Psykiatrin',
  primaryCare: 'Primärvården',
  socialServices: 'Socialtjänsten',
  fk: 'Försäkringskassan',
  af: 'Arbetsförmedlingen',
  school: 'Skola',
  other: 'Annan',
}

export const contactChannelLabels: Record<ContactAttemptChannel, string> = {
  phone: 'Telefon',
  sms: 'Sms',
  email: 'E-post',
  letter: 'Brev',
  meeting: 'Möte',
}

export const contactResultLabels: Record<ContactResult, string> = {
  reached: 'Fick kontakt',
  noAnswer: 'Inget svar',
  leftMessage: 'Lämnade meddelande',
  wrongNumber: 'Fel nummer eller adress',
}

export const reassessmentResultLabels: Record<ReassessmentResult, string> = {
  continue: 'Stödet fortsätter',
  changePlan: 'Fortsätter med ändrad plan',
  prepareClosing: 'Förbered avslut',
}

export const consentActionLabels: Record<ConsentAction, string> = {
  given: 'Samtycke lämnat',
  withdrawn: 'Samtycke återkallat',
}

export const eventTypeLabels: Record<EventType, string> = {
  submitted: 'Anmälan inkom',
  statusChange: 'Status ändrad',
  moved: 'Flyttad till annan tjänst',
  assigned: 'Handläggare ändrad',
  duplicateDismissed: 'Inte en dubblett',
  note: 'Anteckning',
  contactAttempt: 'Kontaktförsök',
  reassessment: 'Omprövning',
  consent: 'Samtycke',
  employerContact: 'Arbetsgivarkontakt',
  actionPlan: 'Handlingsplan upprättad',
  workStart: 'Start i arbete eller studier',
  workEnd: 'Arbete eller studier upphörde',
  profile: 'Profil vid inskrivning',
  applicantUpdate: 'Den sökande ändrade sina uppgifter',
  contactRequested: 'Den sökande vill bli kontaktad',
  residentUpdateSent: 'Den sökande fick besked om ändringen',
  residentUpdateFailed: 'Beskedet till den sökande gick inte fram',
}

/** The intake queue's badges: words, not colour alone, say what each one means. */
export const referralFlagLabels: Record<keyof ReferralFlags, string> = {
  waitingTooLong: `Väntat över ${waitingGoalDays} dagar`,
  noContact: `Ingen kontakt inom ${firstContactGoalDays} dagar`,
  reassessmentDue: 'Dags för omprövning',
  possibleDuplicate: 'Möjlig dubblett',
  contactRequested: 'Vill bli kontaktad',
}

/** Written consent to collaborate, as the queue shows it. */
export const consentStatusLabels = {
  recorded: 'Samtycke finns',
  withdrawn: 'Samtycke återkallat',
  none: 'Inget samtycke än',
} as const

/* The referral's page in the admin: the words around the workflow's actions and the eligibility snapshot. */

/** Redirect within the system: to another service's queue (the referral keeps its date and history). */
export const moveToServiceLabel = 'Flytta till annan tjänst'

export const assignmentLabels = {
  assignMe: 'Tilldela mig',
  unassign: 'Ta bort tilldelning',
  nobody: 'Ingen',
} as const

/** What a move asks for, by the workflow table's requirement. */
export const requirementLabels = {
  reason: 'Anledning',
  outcome: 'Utfall',
  partner: 'Aktör',
  otherPartner: 'Annan aktör, inte i listan',
  otherPartnerName: 'Aktörens namn',
  mergeTarget: 'Slå samman med anmälan',
} as const

export const eligibilityOverallLabels: Record<EligibilityResult['overall'], string> = {
  fits: 'Passar',
  mayNotFit: 'Passar kanske inte',
  needsMoreInfo: 'Behöver mer information',
}

/** The criteria of the eligibility rules; a service's own yes/no questions are labelled by their text. */
export const criterionLabels = {
  age: 'Ålder',
  residence: 'Bor i kommunen',
  careContact: 'Kontakt med vården',
  consent: 'Samtycke till samverkan med vården',
  goal: 'Mål',
} as const

export const criterionStatusLabels: Record<CriterionStatus, string> = {
  met: 'Uppfyllt',
  notMet: 'Inte uppfyllt',
  unknown: 'Okänt',
}

export const priorityLabels = { normal: 'Normal', high: 'Hög' } as const

/** The intake queue's lists: every open referral, and the three lists intake staff work from. */
export const queueListLabels = {
  open: 'Alla öppna',
  queued: 'I kö',
  inCase: 'Pågående ärenden',
  reassessmentDue: 'Omprövning att göra',
} as const

/** The intake queue view's own words. */
export const queueViewTexts = {
  title: 'Intagskö',
  intro: 'Öppna anmälningar för de tjänster du arbetar med, i den ordning de väntar.',
  summaryHeading: 'Läget per tjänst',
  countOpen: 'Öppna',
  filtersHeading: 'Filter',
  unit: 'Enhet',
  allUnits: 'Alla mina enheter',
  service: 'Tjänst',
  allServices: 'Alla mina tjänster',
  outsideService: 'Vald tjänst, utanför urvalet',
  list: 'Lista eller status',
  statusGroup: 'Listor',
  singleStatus: 'En status',
  assignee: 'Handläggare',
  anyAssignee: 'Alla',
  outsideAssignee: 'Vald handläggare, utanför urvalet',
  assignedToMe: 'Tilldelade mig',
  unassigned: 'Ingen handläggare',
  flags: 'Visa bara',
  apply: 'Visa',
  clear: 'Rensa filter',
  tableCaption: 'Anmälningar',
  page: 'Sida',
  reference: 'Referens',
  status: 'Status',
  receivedAt: 'Inkom',
  daysWaiting: 'Dagar i kö',
  queuePosition: 'Plats i kön',
  eligibility: 'Behörighet',
  consent: 'Samtycke',
  priority: 'Prioritet',
  badges: 'Att se över',
  days: (n: number) => (n === 1 ? '1 dag' : `${n} dagar`),
  noRows: 'Inga anmälningar matchar filtren.',
  nextPage: 'Nästa sida',
  previousPage: 'Föregående',
  pagination: 'Sidor',
  allReferrals: 'Alla anmälningar, även avslutade',
  noScope:
    'Du arbetar inte med någon tjänst, så det finns ingen kö att visa. Kontakta en administratör om det är fel.',
  badFilter: 'Ett filter i adressen gick inte att använda, så kön visas utan filter.',
  reports: 'Uppföljning',
  navGroup: 'Intagsarbete',
} as const

/** Select options with Swedish labels for one of the lists above. */
/** The intake staff's start page in the admin (the dashboard widget). */
export const workWidgetTexts = {
  label: 'Intagsarbete',
  heading: 'Ditt intagsarbete',
  intro: 'Läget i kön för de tjänster du arbetar med. Varje siffra leder till de anmälningarna.',
  openQueue: 'Öppna intagskön',
  openReports: 'Uppföljning',
  openAudit: 'Läslogg',
  allReferrals: 'Alla anmälningar',
  noScope: 'Du arbetar inte med någon tjänst, så här finns ingen kö att visa.',
} as const

export const labelledOptions = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }))

/** Gender as the follow-up reports count it (the regional statistics' categories, and "not stated"). */
export const genderLabels: Record<import('./vocabulary').Gender, string> = {
  woman: 'Kvinna',
  man: 'Man',
  other: 'Annan könsidentitet',
  notStated: 'Ej angivet',
}

/** How the person heard about the service: the outreach attribution in the follow-up report. */
export const heardFromLabels: Record<import('./vocabulary').HeardFrom, string> = {
  psychiatry: 'Psykiatrin',
  primaryCare: 'Vårdcentralen',
  socialServices: 'Socialtjänsten',
  fk: 'Försäkringskassan',
  af: 'Arbetsförmedlingen',
  school: 'Skolan',
  friendOrFamily: 'Vän eller familj',
  socialMedia: 'Sociala medier',
  event: 'Träff eller informationsmöte',
  web: 'Webben',
  other: 'Annat sätt',
}

/** An answer that was not given: a category of its own in the reports, never dropped. */
export const notStatedLabel = 'Ej angivet'
