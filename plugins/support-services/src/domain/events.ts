/** Outreach events (information meetings, drop-ins…): the closed lists and the rules they follow. */

export const eventKinds = [
  'informationMeeting',
  'dropIn',
  'openHouse',
  'jobFair',
  'themeDay',
] as const
export type EventKind = (typeof eventKinds)[number]

export const eventKindLabels: Record<EventKind, string> = {
  informationMeeting: 'Informationsmöte',
  dropIn: 'Drop-in',
  openHouse: 'Öppet hus',
  jobFair: 'Jobbmässa',
  themeDay: 'Temadag',
}

/** The people around the target group an event is for: the audiences of the editor-written pages. */
export const eventAudiences = ['clinics', 'schools', 'employers', 'relatives', 'agencies'] as const
export type EventAudience = (typeof eventAudiences)[number]

export const eventAudienceLabels: Record<EventAudience, string> = {
  clinics: 'Vården: psykiatri och primärvård',
  schools: 'Skolor',
  employers: 'Arbetsgivare',
  relatives: 'Anhöriga',
  agencies: 'Myndigheter: FK, AF, socialtjänst',
}

/** Events happen in Sweden: times are stored as instants and shown in Swedish time. */
export const eventTimeZone = 'Europe/Stockholm'

/** The labels of the time fields, as the refusal names them. */
export const eventTimeLabels = { start: 'Börjar', end: 'Slutar' } as const

/**
 * Why an event's times cannot be saved, in Swedish and naming the field, or null when they can.
 * Missing times are the required-field check's business, not this one's.
 */
export const eventTimesError = (times: {
  start?: Date | null | string
  end?: Date | null | string
}): null | string => {
  if (!times.start || !times.end) return null
  const start = new Date(times.start).getTime()
  const end = new Date(times.end).getTime()
  if (Number.isNaN(start) || Number.isNaN(end)) return null
  return end > start
    ? null
    : `”${eventTimeLabels.end}” måste vara senare än ”${eventTimeLabels.start}”: evenemanget kan inte sluta innan det har börjat.`
}

/** A URL slug from a title: "Öppet hus på Kvarnen" → "oppet-hus-pa-kvarnen". */
export const slugFromTitle = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
