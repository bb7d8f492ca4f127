/**
 * The outreach log as seed data: ten made-up activities across the arenas in 2025–2026, each with a
 * fixed campaign code (so the demo's links and report are the same on every machine). Organisations
 * are generic names, never real units; numbers are plausible, not measured.
 */
import type {
  CampaignTarget,
  EventAudience,
  Locale,
  OutreachArena,
  OutreachFormat,
} from '@stodportalen/support-services/domain'

export interface OutreachSeed {
  code: string
  title: string
  date: string
  arena: OutreachArena
  format: OutreachFormat
  /** A partner of the seed by name, or the organisation as free text. */
  partner?: string
  organisation?: string
  audiences: EventAudience[]
  services: string[]
  peopleReached: number
  hours: number
  notes?: string
  landing: { target: CampaignTarget; service?: string; locale: Locale }
}

export const outreachActivities: readonly OutreachSeed[] = [
  {
    code: 'PSYK25',
    title: 'Personalmöte på psykiatrisk öppenvårdsmottagning',
    date: '2025-02-11',
    arena: 'psychiatricClinic',
    format: 'presentation',
    organisation: 'Psykiatrisk öppenvård, mottagning Norr',
    audiences: ['clinics'],
    services: ['ips'],
    peopleReached: 18,
    hours: 4,
    notes: 'Frågor om hur remiss och egenanmälan skiljer sig. Lämnade 20 informationsblad.',
    landing: { target: 'form', service: 'ips', locale: 'sv' },
  },
  {
    code: 'VARD25',
    title: 'Vårdcentralens väntrum: informationsbord',
    date: '2025-03-18',
    arena: 'primaryCare',
    format: 'stand',
    organisation: 'Vårdcentralen Centrum',
    audiences: ['clinics'],
    services: ['ips', 'se'],
    peopleReached: 35,
    hours: 5,
    landing: { target: 'check', locale: 'sv' },
  },
  {
    code: 'HAB925',
    title: 'Habiliteringens föräldragrupp',
    date: '2025-04-08',
    arena: 'habilitation',
    format: 'presentation',
    organisation: 'Vuxenhabiliteringen',
    audiences: ['relatives', 'clinics'],
    services: ['se'],
    peopleReached: 12,
    hours: 3,
    landing: { target: 'service', service: 'se', locale: 'lattlast' },
  },
  {
    code: 'SKPA25',
    title: 'Gymnasiets elevhälsa och studie- och yrkesvägledare',
    date: '2025-05-20',
    arena: 'school',
    format: 'meeting',
    partner: 'Komvux',
    audiences: ['schools'],
    services: ['sed'],
    peopleReached: 9,
    hours: 3,
    landing: { target: 'service', service: 'sed', locale: 'sv' },
  },
  {
    code: 'MPTS25',
    title: 'Mötesplatsen: fika och frågestund',
    date: '2025-06-03',
    arena: 'meetingPlace',
    format: 'visit',
    organisation: 'Mötesplats Kvarnen',
    audiences: ['relatives'],
    services: ['ips', 'sed', 'se'],
    peopleReached: 22,
    hours: 3.5,
    landing: { target: 'check', locale: 'sv' },
  },
  {
    code: 'FKAS25',
    title: 'Försäkringskassans handläggare: samverkansmöte',
    date: '2025-09-09',
    arena: 'socialInsurance',
    format: 'meeting',
    partner: 'Försäkringskassan',
    audiences: ['agencies'],
    services: ['ips'],
    peopleReached: 14,
    hours: 2.5,
    landing: { target: 'form', service: 'ips', locale: 'sv' },
  },
  {
    code: 'AFRM25',
    title: 'Arbetsförmedlingens frukostmöte',
    date: '2025-10-14',
    arena: 'employmentService',
    format: 'presentation',
    organisation: 'Arbetsförmedlingen, lokalkontoret',
    audiences: ['agencies'],
    services: ['ips', 'se'],
    peopleReached: 25,
    hours: 3,
    landing: { target: 'check', locale: 'en' },
  },
  {
    code: 'SPCT25',
    title: 'Socialtjänstens vuxenenhet: arbetsplatsträff',
    date: '2025-11-04',
    arena: 'socialServices',
    format: 'presentation',
    organisation: 'Socialtjänsten, vuxenenheten',
    audiences: ['agencies'],
    services: ['ips'],
    peopleReached: 16,
    hours: 2,
    landing: { target: 'service', service: 'ips', locale: 'sv' },
  },
  {
    code: 'SMED26',
    title: 'Inlägg i kommunens sociala medier',
    date: '2026-01-15',
    arena: 'socialMedia',
    format: 'digital',
    audiences: ['relatives', 'schools'],
    services: ['ips', 'sed', 'se'],
    peopleReached: 1400,
    hours: 6,
    notes: 'Räckvidd enligt kanalens statistik; en film och två inlägg.',
    landing: { target: 'check', locale: 'ar' },
  },
  {
    code: 'JBMS26',
    title: 'Monter på jobbmässan',
    date: '2026-02-24',
    arena: 'jobFair',
    format: 'stand',
    audiences: ['employers', 'agencies'],
    services: ['ips', 'sed'],
    peopleReached: 140,
    hours: 9,
    landing: { target: 'check', locale: 'sv' },
  },
]
