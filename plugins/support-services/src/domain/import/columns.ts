/**
 * The columns of the caseload import, in the template's order: one definition that the template,
 * the file check and the row check all read. Headers are Swedish (the staff's language and the
 * municipalities' lists); a file's headers are matched without regard to case or extra spaces.
 */
export const importColumnKeys = [
  'caseId',
  'unit',
  'service',
  'receivedOn',
  'gender',
  'birth',
  'municipality',
  'source',
  'heardFrom',
  'screenedOn',
  'queuedOn',
  'firstContactOn',
  'enrolledOn',
  'activatedOn',
  'closedOn',
  'closingStatus',
  'outcome',
  'redirectTarget',
  'closingReason',
  'coachEmail',
  'nextReassessmentOn',
  'name',
  'phone',
  'email',
] as const
export type ImportColumnKey = (typeof importColumnKeys)[number]

export type ImportColumnKind = 'text' | 'date' | 'dateOrYear' | 'choice' | 'email' | 'phone'

export interface ImportColumn {
  key: ImportColumnKey
  header: string
  kind: ImportColumnKind
  required: boolean
  /** What goes in the column, for the template's instructions. */
  help: string
}

const column = (
  key: ImportColumnKey,
  header: string,
  kind: ImportColumnKind,
  help: string,
  required = false,
): ImportColumn => ({ key, header, kind, required, help })

export const importColumns: readonly ImportColumn[] = [
  column(
    'caseId',
    'Ärende-id',
    'text',
    'Kommunens eget id för ärendet. Samma id importeras aldrig två gånger.',
    true,
  ),
  column(
    'unit',
    'Enhet',
    'text',
    'Lämnas tom, eller utförarens namn som det står på tjänsten (en enhet per installation i dag).',
  ),
  column('service', 'Tjänst', 'text', 'Tjänstens namn eller kortnamn, t.ex. IPS.', true),
  column('receivedOn', 'Inkom', 'date', 'Datum då anmälan kom in (ÅÅÅÅ-MM-DD).', true),
  column('gender', 'Kön', 'choice', 'Kvinna, Man, Annan könsidentitet eller Ej angivet.'),
  column(
    'birth',
    'Födelsedatum eller födelseår',
    'dateOrYear',
    'ÅÅÅÅ-MM-DD, eller bara året (ÅÅÅÅ) när listan är avidentifierad.',
  ),
  column(
    'municipality',
    'Kommun',
    'choice',
    'Kommunens namn eller kommunkod, t.ex. Uppsala eller 0380.',
  ),
  column(
    'source',
    'Anmälan från',
    'choice',
    'Egenanmälan, Psykiatrin, Primärvården, Socialtjänsten, Försäkringskassan, Arbetsförmedlingen, Skola eller Annan.',
  ),
  column(
    'heardFrom',
    'Hörde talas om oss via',
    'choice',
    'T.ex. Psykiatrin, Vän eller familj, Webben.',
  ),
  column('screenedOn', 'Granskad', 'date', 'Datum då anmälan granskades.'),
  column('queuedOn', 'Köad', 'date', 'Datum då personen sattes i kö.'),
  column('firstContactOn', 'Första samtal', 'date', 'Datum för första samtalet.'),
  column('enrolledOn', 'Inskriven', 'date', 'Datum för inskrivning.'),
  column('activatedOn', 'Aktiv', 'date', 'Datum då ärendet blev aktivt.'),
  column(
    'closedOn',
    'Avslutsdatum',
    'date',
    'Datum då ärendet avslutades, lotsades, avböjdes eller återtogs.',
  ),
  column('closingStatus', 'Avslutsstatus', 'choice', 'Avslutad, Lotsad, Avböjd eller Återtagen.'),
  column(
    'outcome',
    'Utfall',
    'choice',
    'För avslutade ärenden, t.ex. Arbete utan subvention, Studier.',
  ),
  column('redirectTarget', 'Lotsad till', 'text', 'Vart personen lotsades (krävs för Lotsad).'),
  column(
    'closingReason',
    'Anledning',
    'text',
    'Varför anmälan avböjdes (krävs för Avböjd), eller vad utfallet Annat betyder.',
  ),
  column(
    'coachEmail',
    'Coach (e-post)',
    'email',
    'E-postadressen till coachens konto i Stödportalen.',
  ),
  column('nextReassessmentOn', 'Nästa omprövning', 'date', 'För inskrivna och aktiva ärenden.'),
  column('name', 'Namn', 'text', 'Frivilligt. Sparas krypterat.'),
  column('phone', 'Telefon', 'phone', 'Frivilligt. Sparas krypterat.'),
  column('email', 'E-post', 'email', 'Frivilligt. Sparas krypterat.'),
]

export const importColumnByKey = Object.fromEntries(importColumns.map((c) => [c.key, c])) as Record<
  ImportColumnKey,
  ImportColumn
>

/** The milestone columns in the order of the workflow, with the status each date is the start of. */
export const milestoneColumns = [
  ['screenedOn', 'screened'],
  ['queuedOn', 'waiting'],
  ['firstContactOn', 'firstContact'],
  ['enrolledOn', 'enrolled'],
  ['activatedOn', 'active'],
] as const

const headerKey = (header: string) =>
  header.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
const columnsByHeader = new Map(importColumns.map((c) => [headerKey(c.header), c]))

/** The column a file's header names, if any. */
export function importColumnOfHeader(header: string): ImportColumn | undefined {
  return columnsByHeader.get(headerKey(header))
}
