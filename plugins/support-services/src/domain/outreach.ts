/** The outreach log: where staff went, how, and where a campaign link leads. Closed lists with their labels. */
import type { EventKind } from './events'
import type { Locale } from './locales'

/** Where outreach happens: the arenas the follow-up report groups activities by. */
export const outreachArenas = [
  'psychiatricClinic',
  'primaryCare',
  'habilitation',
  'school',
  'meetingPlace',
  'socialInsurance',
  'employmentService',
  'socialServices',
  'socialMedia',
  'jobFair',
  'mailing',
  'other',
] as const
export type OutreachArena = (typeof outreachArenas)[number]

export const outreachArenaLabels: Record<OutreachArena, string> = {
  psychiatricClinic: 'Psykiatrisk mottagning',
  primaryCare: 'Primärvård',
  habilitation: 'Habilitering',
  school: 'Skola',
  meetingPlace: 'Mötesplats eller daglig verksamhet',
  socialInsurance: 'Försäkringskassan',
  employmentService: 'Arbetsförmedlingen',
  socialServices: 'Socialtjänsten',
  socialMedia: 'Sociala medier',
  jobFair: 'Jobbmässa',
  mailing: 'Brev eller utskick',
  other: 'Annat',
}

export const outreachFormats = [
  'visit',
  'presentation',
  'stand',
  'meeting',
  'digital',
  'mailing',
  'other',
] as const
export type OutreachFormat = (typeof outreachFormats)[number]

export const outreachFormatLabels: Record<OutreachFormat, string> = {
  visit: 'Besök',
  presentation: 'Presentation',
  stand: 'Monter',
  meeting: 'Informationsmöte',
  digital: 'Digitalt',
  mailing: 'Utskick',
  other: 'Annat',
}

/** The format an event is logged with. */
export const formatOfEventKind: Record<EventKind, OutreachFormat> = {
  informationMeeting: 'meeting',
  dropIn: 'meeting',
  openHouse: 'meeting',
  jobFair: 'stand',
  themeDay: 'presentation',
}

/** Where a campaign link of an activity leads: a service's page, the check, or a service's form. */
export const campaignTargets = ['service', 'check', 'form'] as const
export type CampaignTarget = (typeof campaignTargets)[number]

export const campaignTargetLabels: Record<CampaignTarget, string> = {
  service: 'Tjänstens sida',
  check: 'Passar det mig?',
  form: 'Tjänstens anmälningsformulär',
}

/**
 * What the public code endpoint answers, and all it answers: where the link leads and in which
 * language. An event's code leads to the event's page.
 */
export type CampaignLanding =
  | { target: 'check'; locale: Locale }
  | { target: 'service' | 'form'; service: string; locale: Locale }
  | { target: 'event'; event: string; locale: Locale }
