import type { ConsentAction, ContactAttemptChannel, ContactResult, EventType, ReassessmentResult } from './caseRecords'
import type { ReferralSource } from './vocabulary'
import type { Outcome, Status, TransitionAction } from './workflow'

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
}

/** Select options with Swedish labels for one of the lists above. */
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
