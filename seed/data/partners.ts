/**
 * Organisations outside the system that people are redirected to and that consent covers, as named in
 * Uppsala's and Hudiksvall's documents (see DOMAIN.md, "lotsning"). Editors keep the live list.
 */
export interface PartnerSeed {
  name: string
  kind: 'care' | 'education' | 'agency' | 'municipal' | 'other'
  description: string
}

export const partners: readonly PartnerSeed[] = [
  {
    name: 'Ung Intro',
    kind: 'municipal',
    description: 'Kommunens stöd för unga som varken arbetar eller studerar.',
  },
  { name: 'Komvux', kind: 'education', description: 'Kommunal vuxenutbildning.' },
  { name: 'Lärvux', kind: 'education', description: 'Anpassad utbildning för vuxna.' },
  {
    name: 'Resursteamet',
    kind: 'municipal',
    description: 'Arbetsmarknadsförvaltningens resursteam.',
  },
  {
    name: 'OSA (offentligt skyddat arbete)',
    kind: 'municipal',
    description: 'Skyddat arbete hos offentlig arbetsgivare.',
  },
  {
    name: 'Arbetsmarknadsanställning',
    kind: 'municipal',
    description: 'Tidsbegränsad anställning i kommunen.',
  },
  {
    name: 'Arbetsträning',
    kind: 'municipal',
    description: 'Arbetsträning inom kommunens verksamheter.',
  },
  {
    name: 'Försäkringskassan',
    kind: 'agency',
    description: 'Sjukpenning, aktivitetsersättning och samordning.',
  },
  {
    name: 'Arbetsförmedlingen',
    kind: 'agency',
    description: 'Arbetsförmedlingens insatser, t.ex. lönebidrag.',
  },
  {
    name: 'Socialtjänsten',
    kind: 'municipal',
    description: 'Försörjningsstöd, boendestöd och socialpsykiatri.',
  },
  { name: 'Psykiatrin', kind: 'care', description: 'Regionens allmänpsykiatri och psykosvård.' },
  { name: 'Primärvården', kind: 'care', description: 'Vårdcentraler och hälsocentraler.' },
]
