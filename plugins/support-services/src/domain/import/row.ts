import { ageOn } from '../dates'
import { municipalities, otherMunicipality } from '../municipalities'
import { emailSchema, isPhoneNumber, normalizePhone, plausibleAge } from '../referral'
import {
  genderLabels,
  heardFromLabels,
  outcomeLabels,
  sourceLabels,
  statusLabels,
} from '../staffTexts'
import { type Gender, type HeardFrom, type ReferralSource } from '../vocabulary'
import { caseStatuses, checkTransition, type Outcome, type Status } from '../workflow'
import { cellChoice, cellDate, cellDateOrYear, type ImportCell, importCellText } from './cells'
import { importColumnByKey, type ImportColumnKey, milestoneColumns } from './columns'

/** A service a row may name: by its short name (slug) or its name; `unit` is the name of the unit giving it. */
export interface ImportService {
  id: number | string
  slug: string
  name: string
  unit?: string | null
}

/** What the row check needs to know of the install. */
export interface ImportContext {
  /** 'YYYY-MM-DD': no date in the history may lie after it. */
  today: string
  services: readonly ImportService[]
  /** Staff accounts' e-mail addresses, in lower case: a coach is matched by e-mail. */
  staffEmails: ReadonlySet<string>
}

/** A row as read from the file: its row number in the spreadsheet and its cells by column. */
export interface ImportRow {
  row: number
  cells: Partial<Record<ImportColumnKey, ImportCell>>
}

/** One move of the referral's history: to `to` on day `on`, as the row's column `column` says. */
export interface ImportStep {
  to: Status
  on: string
  column: ImportColumnKey
  outcome?: Outcome
  reason?: string
  target?: string
}

export interface ImportedReferral {
  caseId: string
  serviceId: number | string
  receivedOn: string
  gender: Gender
  dateOfBirth?: string
  age?: number
  municipality?: string
  source?: ReferralSource
  heardFrom?: HeardFrom
  /** The moves after 'received', in order and allowed by the workflow table. */
  steps: ImportStep[]
  status: Status
  coachEmail?: string
  nextReassessmentOn?: string
  applicant: { name?: string; phone?: string; email?: string }
}

export interface ImportRowError {
  row: number
  /** The column's header as in the template. */
  column: string
  message: string
}

export type ImportRowCheck =
  | { row: number; ok: true; referral: ImportedReferral }
  | { row: number; ok: false; caseId?: string; errors: ImportRowError[] }

type ClosingStatus = 'closed' | 'redirected' | 'declined' | 'withdrawn'
const closingLabels: Record<ClosingStatus, string> = {
  closed: statusLabels.closed,
  redirected: statusLabels.redirected,
  declined: statusLabels.declined,
  withdrawn: statusLabels.withdrawn,
}
const municipalityNames = Object.fromEntries(municipalities.map((m) => [m.code, m.name]))
const otherMunicipalityWritings = { annan: otherMunicipality, 'annan kommun': otherMunicipality }
const sameText = (a: string, b: string) =>
  a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase()

/**
 * Checks one row and turns it into a referral with its history. Every problem is reported (row,
 * column, a Swedish sentence), and nothing is guessed: a date out of order or a move the workflow
 * table forbids is an error for the admin to fix in the file.
 */
export function checkImportRow({ row, cells }: ImportRow, context: ImportContext): ImportRowCheck {
  const errors: ImportRowError[] = []
  const fail = (key: ImportColumnKey, message: string) =>
    errors.push({ row, column: importColumnByKey[key].header, message })
  const header = (key: ImportColumnKey) => importColumnByKey[key].header
  const text = (key: ImportColumnKey) => importCellText(cells[key])
  const required = (key: ImportColumnKey) => {
    const value = text(key)
    if (value === undefined) fail(key, `${header(key)} måste fyllas i.`)
    return value
  }
  const date = (key: ImportColumnKey) => {
    if (text(key) === undefined) return undefined
    const parsed = cellDate(cells[key])
    if (!parsed.ok) return void fail(key, `${header(key)} ${parsed.message}`)
    if (parsed.value > context.today)
      return void fail(key, `${header(key)} (${parsed.value}) ligger i framtiden.`)
    return parsed.value
  }
  const choice = <T extends string>(
    key: ImportColumnKey,
    labels: Record<T, string>,
    also?: Record<string, T>,
  ) => {
    if (text(key) === undefined) return undefined
    const parsed = cellChoice(cells[key], labels, also)
    return parsed.ok ? parsed.value : void fail(key, `${header(key)}: ${parsed.message}`)
  }

  const caseId = required('caseId')
  if (caseId && caseId.length > 100) fail('caseId', 'Ärende-id får vara högst 100 tecken.')
  const service = findService(required('service'), context, fail)
  checkUnit(text('unit'), service, fail)
  const receivedOn =
    text('receivedOn') === undefined ? void required('receivedOn') : date('receivedOn')
  const birth = birthFacts(cells.birth, receivedOn, fail)
  const gender = choice('gender', genderLabels) ?? 'notStated'
  const municipality = choice('municipality', municipalityNames, otherMunicipalityWritings)
  const source = choice('source', sourceLabels)
  const heardFrom = choice('heardFrom', heardFromLabels)

  const milestones = milestoneColumns.flatMap(([key, to]) => {
    const on = date(key)
    return on ? [{ to, on, column: key } as ImportStep] : []
  })
  const closing = closingStep(choice, date, text, fail)
  const steps = closing ? [...milestones, closing] : milestones
  // A date that could not be read leaves a gap the workflow would report as a forbidden jump.
  const unreadable = errors.some((e) =>
    [...milestoneColumns.map(([key]) => header(key)), header('closedOn')].includes(e.column),
  )
  const status = receivedOn && !unreadable ? walkWorkflow(receivedOn, steps, fail) : 'received'

  const nextReassessmentOn = text('nextReassessmentOn') && cellDate(cells.nextReassessmentOn)
  let nextOn: string | undefined
  if (nextReassessmentOn) {
    if (!nextReassessmentOn.ok)
      fail('nextReassessmentOn', `${header('nextReassessmentOn')} ${nextReassessmentOn.message}`)
    else if (!(caseStatuses as readonly Status[]).includes(status))
      fail('nextReassessmentOn', 'Nästa omprövning gäller bara inskrivna och aktiva ärenden.')
    else nextOn = nextReassessmentOn.value
  }
  const coachEmail = text('coachEmail')?.toLowerCase()
  if (coachEmail && !context.staffEmails.has(coachEmail))
    fail('coachEmail', `Det finns inget personalkonto med e-postadressen ${coachEmail}.`)
  const applicant = applicantOf(text, fail)

  if (errors.length > 0 || !caseId || !service || !receivedOn)
    return { row, ok: false, ...(caseId && { caseId }), errors }
  return {
    row,
    ok: true,
    referral: {
      caseId,
      serviceId: service.id,
      receivedOn,
      gender,
      ...birth,
      ...(municipality && { municipality }),
      ...(source && { source }),
      ...(heardFrom && { heardFrom }),
      steps,
      status,
      ...(coachEmail && { coachEmail }),
      ...(nextOn && { nextReassessmentOn: nextOn }),
      applicant,
    },
  }
}

type Fail = (key: ImportColumnKey, message: string) => void

function findService(named: string | undefined, context: ImportContext, fail: Fail) {
  if (named === undefined) return undefined
  const found = context.services.find((s) => sameText(s.slug, named) || sameText(s.name, named))
  if (!found)
    fail(
      'service',
      `Tjänsten ”${named}” finns inte. Skriv en av: ${context.services.map((s) => s.name).join(', ')}.`,
    )
  return found
}

/** The column is empty or names the unit that gives the service (a check that the right service was meant). */
function checkUnit(unit: string | undefined, service: ImportService | undefined, fail: Fail) {
  if (unit === undefined || !service) return
  const owner = service.unit?.trim()
  if (owner && sameText(owner, unit)) return
  fail(
    'unit',
    owner
      ? `Tjänsten ges inte av ”${unit}” utan av ”${owner}”. Lämna kolumnen tom eller skriv ”${owner}”.`
      : `Enheten ”${unit}” finns inte. Lämna kolumnen tom.`,
  )
}

function birthFacts(cell: ImportCell, receivedOn: string | undefined, fail: Fail) {
  if (importCellText(cell) === undefined) return {}
  const parsed = cellDateOrYear(cell)
  if (!parsed.ok) {
    fail('birth', `Födelsedatum eller födelseår ${parsed.message}`)
    return {}
  }
  if (!receivedOn) return {}
  // With only the year, the age is the one the person reaches that year: a year off at most.
  const age =
    'dateOfBirth' in parsed.value
      ? ageOn(parsed.value.dateOfBirth, receivedOn)
      : Number(receivedOn.slice(0, 4)) - parsed.value.birthYear
  if (age < plausibleAge.min || age > plausibleAge.max) {
    fail('birth', `Personen skulle ha varit ${age} år när anmälan kom in. Kontrollera året.`)
    return {}
  }
  return 'dateOfBirth' in parsed.value ? { dateOfBirth: parsed.value.dateOfBirth, age } : { age }
}

function closingStep(
  choice: <T extends string>(key: ImportColumnKey, labels: Record<T, string>) => T | undefined,
  date: (key: ImportColumnKey) => string | undefined,
  text: (key: ImportColumnKey) => string | undefined,
  fail: Fail,
): ImportStep | undefined {
  const given = choice('closingStatus', closingLabels)
  const outcome = choice('outcome', outcomeLabels)
  const target = text('redirectTarget')
  const reason = text('closingReason')
  const on = date('closedOn')
  // An outcome alone says the case was closed; anything else must be named.
  const to = given ?? (outcome ? 'closed' : undefined)
  if (outcome && to !== 'closed')
    fail('outcome', 'Utfall anges bara för ärenden med avslutsstatus Avslutad.')
  if (target && to !== 'redirected')
    fail('redirectTarget', 'Lotsad till anges bara för ärenden med avslutsstatus Lotsad.')
  if (!to) {
    if (text('closedOn') !== undefined)
      fail(
        'closingStatus',
        'Ange avslutsstatus (Avslutad, Lotsad, Avböjd eller Återtagen) för ett ärende med avslutsdatum.',
      )
    return undefined
  }
  if (!on) {
    if (text('closedOn') === undefined)
      fail('closedOn', `Ange avslutsdatum för ett ärende med avslutsstatus ${closingLabels[to]}.`)
    return undefined
  }
  return {
    to,
    on,
    column: 'closedOn',
    ...(outcome && { outcome }),
    ...(reason && { reason }),
    ...(target && { target }),
  }
}

const requirementColumns: Record<string, ImportColumnKey> = {
  outcomeRequired: 'outcome',
  reasonRequired: 'closingReason',
  targetRequired: 'redirectTarget',
}

/** Follows the steps from 'received' through the workflow table; the status reached, or errors. */
function walkWorkflow(receivedOn: string, steps: ImportStep[], fail: Fail): Status {
  let status: Status = 'received'
  let previous = { on: receivedOn, column: 'receivedOn' as ImportColumnKey }
  for (const step of steps) {
    if (step.on < previous.on) {
      fail(
        step.column,
        `${importColumnByKey[step.column].header} (${step.on}) ligger före ${importColumnByKey[previous.column].header} (${previous.on}).`,
      )
      return status
    }
    const check = checkTransition({ from: status, ...step })
    if (!check.ok) {
      const moveColumn = step.column === 'closedOn' ? 'closingStatus' : step.column
      fail(requirementColumns[check.error] ?? moveColumn, check.message)
      return status
    }
    status = step.to
    previous = step
  }
  return status
}

function applicantOf(text: (key: ImportColumnKey) => string | undefined, fail: Fail) {
  const name = text('name')
  const phone = text('phone')
  const email = text('email')
  if (name && name.length > 100) fail('name', 'Namnet får vara högst 100 tecken.')
  if (phone && !isPhoneNumber(phone)) fail('phone', `Telefon ”${phone}” är inte ett telefonnummer.`)
  if (email && !emailSchema.safeParse(email).success)
    fail('email', `E-post ”${email}” är inte en e-postadress.`)
  return {
    ...(name && { name }),
    ...(phone && isPhoneNumber(phone) && { phone: normalizePhone(phone) }),
    ...(email && { email: email.toLowerCase() }),
  }
}
