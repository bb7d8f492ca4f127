/**
 * The read audit's vocabulary and the words the log review uses, in Swedish. Every read of a referral
 * or of its history by a person is one log entry: who, which referral, when, what was read, how and
 * through which path (PDL 4 kap. 3 §: the log the care provider reviews regularly).
 */

/** What was read: the referral itself, or its history (events). */
export const readCollections = ['referrals', 'referral-events'] as const
export type ReadCollection = (typeof readCollections)[number]

/** How: a list, one document, a count or the distinct values of a field, or a page of the intake queue. */
export const readOperations = ['find', 'findByID', 'count', 'findDistinct', 'queue'] as const
export type ReadOperation = (typeof readOperations)[number]

/**
 * Through which path: the REST API, the admin's own pages, the Local API (scripts and code in the CMS
 * process), or GraphQL (switched off for referrals and events; listed so that turning it on is logged).
 */
export const readChannels = ['rest', 'admin', 'local', 'graphql', 'statusPage'] as const
export type ReadChannel = (typeof readChannels)[number]

export const readCollectionLabels: Record<ReadCollection, string> = {
  referrals: 'Anmälan',
  'referral-events': 'Historik (händelser)',
}

export const readOperationLabels: Record<ReadOperation, string> = {
  find: 'Lista eller sökning',
  findByID: 'En anmälan öppnad',
  count: 'Antal',
  findDistinct: 'Unika värden',
  queue: 'Intagskön',
}

export const readChannelLabels: Record<ReadChannel, string> = {
  rest: 'REST-API',
  admin: 'Administrationen',
  local: 'Internt i CMS:et',
  graphql: 'GraphQL',
  statusPage: 'Den sökandes statussida',
}

/** The log review page (/admin/audit) and its CSV export. */
export const accessLogTexts = {
  collectionSingular: 'Läsning',
  collectionPlural: 'Läslogg',
  navGroup: 'Dataskydd',
  title: 'Läslogg',
  intro:
    'Varje gång någon i personalen läser en anmälan eller dess historik loggas det här: vem, vilken anmälan, när och hur. Loggen kan inte ändras eller tas bort. Granska den regelbundet (patientdatalagen 4 kap. 3 §).',
  noAccess: 'Läsloggen visas bara för administratörer.',
  filtersHeading: 'Filter',
  user: 'Användare (e-post)',
  userHint: 'Hela eller en del av adressen.',
  reference: 'Anmälans referensnummer',
  from: 'Från och med',
  to: 'Till och med',
  dateHint: 'ÅÅÅÅ-MM-DD',
  apply: 'Visa',
  clear: 'Rensa filter',
  export: 'Ladda ned som CSV',
  exportHint: 'Filen innehåller alla rader som matchar filtren, inte bara den här sidan.',
  badFilter: 'Ett filter kunde inte användas',
  tableCaption: 'Läsningar, nyast först',
  page: 'Sida',
  pagination: 'Sidor',
  previousPage: 'Föregående sida',
  nextPage: 'Nästa sida',
  noRows: 'Inga läsningar matchar filtren.',
  at: 'Tidpunkt',
  userColumn: 'Användare',
  referralColumn: 'Anmälan',
  readColumn: 'Läst',
  operationColumn: 'Hur',
  channelColumn: 'Via',
  unknownReferral: 'Okänd',
  removedUser: 'borttagen användare',
  applicant: 'Den sökande själv',
  csvHeader: [
    'Tidpunkt (svensk tid)',
    'Användarens id',
    'Användarens e-post',
    'Anmälans id',
    'Referensnummer',
    'Läst',
    'Hur',
    'Via',
  ],
} as const

/** Messages for a filter that cannot be used; said next to the field. */
export const accessLogFilterErrors = {
  date: 'Ange datum som ÅÅÅÅ-MM-DD, till exempel 2026-01-31.',
  order: 'Perioden börjar efter att den slutar. Välj ett startdatum före slutdatumet.',
  page: 'Sidan finns inte.',
  tooLong: 'Texten är för lång.',
} as const
