import type {
  ContactAttemptChannel,
  ContactResult,
  EventType,
  ReassessmentResult,
} from '../../domain/caseRecords'
import type { EducationLevel, IncomeSource, SupportYearBand } from '../../domain/profile'
import type { Outcome, Status } from '../../domain/workflow'
import type { SchoolKind, SniSection, StartEndReason, StartKind } from '../../domain/workStarts'

import {
  educationLevelLabels,
  incomeSourceLabels,
  supportYearBandLabels,
} from '../../domain/profile'
import {
  consentActionLabels,
  contactChannelLabels,
  contactResultLabels,
  eventTypeLabels,
  outcomeLabels,
  reassessmentResultLabels,
  statusLabels,
} from '../../domain/staffTexts'
import {
  schoolKindLabels,
  sniSectionText,
  startEndReasonLabels,
  startKindLabels,
} from '../../domain/workStarts'
import { formatDate, listText } from './format'

export type Id = number | string

/** One stored history event (depth 0: relations are ids). */
export interface EventRecord {
  id: Id
  referral: Id
  type: EventType
  at: string
  actor?: Id | null
  fromStatus?: Status | null
  toStatus?: Status | null
  fromService?: Id | null
  toService?: Id | null
  reason?: string | null
  outcome?: Outcome | null
  partner?: Id | null
  target?: string | null
  relatedReferral?: Id | null
  assignee?: Id | null
  note?: string | null
  contact?: { channel?: ContactAttemptChannel | null; result?: ContactResult | null } | null
  consent?: {
    action?: 'given' | 'withdrawn' | null
    partners?: Id[] | null
    formVersion?: string | null
    date?: string | null
  } | null
  reassessment?: { result?: ReassessmentResult | null; nextAt?: string | null } | null
  /** The day a road-to-work record happened, 'YYYY-MM-DD'. */
  date?: string | null
  workStart?: WorkStartRecord | null
  workEnd?: { start?: Id | null; reason?: StartEndReason | null } | null
  profile?: ProfileRecord | null
}

export interface ProfileRecord {
  incomeSource?: IncomeSource | null
  monthlyIncome?: number | null
  housingSupportHours?: number | null
  supportYears?: SupportYearBand | null
  education?: EducationLevel | null
  ageAtEnrolment?: number | null
}

/** A profile as lines: "Inkomstkälla: Försörjningsstöd, 9 000 kr/mån", … (what was left out is not shown). */
export function profileLines(profile: ProfileRecord | null | undefined): string[] {
  if (!profile) return []
  const { incomeSource, monthlyIncome, supportYears, education, ageAtEnrolment } = profile
  const amount = monthlyIncome != null ? `, ${monthlyIncome.toLocaleString('sv-SE')} kr/mån` : ''
  return [
    incomeSource ? `Inkomstkälla före: ${incomeSourceLabels[incomeSource]}${amount}` : '',
    supportYears ? `Offentlig försörjning: ${supportYearBandLabels[supportYears]}` : '',
    education ? `Högsta utbildning: ${educationLevelLabels[education]}` : '',
    ageAtEnrolment != null ? `Ålder vid inskrivning: ${ageAtEnrolment} år` : '',
    profile.housingSupportHours != null
      ? `Boendestöd: ${profile.housingSupportHours.toLocaleString('sv-SE')} tim/v`
      : '',
  ].filter(Boolean)
}

export interface WorkStartRecord {
  kind?: StartKind | null
  schoolKind?: SchoolKind | null
  sector?: SniSection | null
  hoursPerWeek?: number | null
  monthlySalary?: number | null
  monthlyWageSubsidy?: number | null
  housingSupportHours?: number | null
}

/** A start in a few words: "Studier (Komvux)", "Arbete med lönestöd, G – Handel; …, 20 tim/v". */
export function startText(start: WorkStartRecord | null | undefined): string {
  if (!start?.kind) return '–'
  const kind =
    start.kind === 'studies' && start.schoolKind
      ? `${startKindLabels.studies} (${schoolKindLabels[start.schoolKind]})`
      : startKindLabels[start.kind]
  return [
    kind,
    start.sector ? sniSectionText(start.sector) : '',
    start.hoursPerWeek != null ? `${start.hoursPerWeek} tim/v` : '',
  ]
    .filter(Boolean)
    .join(', ')
}

/** Names of what events point to, by id (as text); what the reader may not see is simply missing. */
export interface Lookups {
  staff: Map<string, string>
  services: Map<string, string>
  partners: Map<string, string>
  references: Map<string, string>
}

/** An event as staff read it: when, who, what and why. */
export interface TimelineEntry {
  id: Id
  at: string
  type: EventType
  title: string
  summary?: string
  details: string[]
  reason?: string
  note?: string
  actor: string
  contact?: { channel: string; result: string }
}

const nameIn = (map: Map<string, string>, id: Id | null | undefined, missing: string) =>
  id == null ? missing : (map.get(String(id)) ?? missing)

const referenceOf = (lookups: Lookups, id: Id | null | undefined) =>
  nameIn(lookups.references, id, 'en anmälan du inte kan se')

const byApplicant: readonly EventRecord['type'][] = ['applicantUpdate', 'contactRequested']

function actorOf(event: EventRecord, lookups: Lookups): string {
  if (event.actor != null) return nameIn(lookups.staff, event.actor, 'Okänd användare')
  if (event.type === 'submitted') return 'Via anmälningsformuläret'
  return byApplicant.includes(event.type) ? 'Den sökande via sin statussida' : 'Systemet'
}

/** What happened, from the point of view of the referral whose page this is. */
function whatHappened(
  event: EventRecord,
  lookups: Lookups,
  viewedId: Id,
): Pick<TimelineEntry, 'title' | 'summary' | 'details'> {
  const title = eventTypeLabels[event.type]
  const status = (s: Status | null | undefined) => (s ? statusLabels[s] : '–')
  const onOther = String(event.referral) !== String(viewedId)
  switch (event.type) {
    case 'submitted':
      return { title, details: [] }
    case 'statusChange': {
      if (onOther) {
        return {
          title: 'Annan anmälan sammanslagen hit',
          summary: `${referenceOf(lookups, event.referral)} slogs samman med den här anmälan`,
          details: [],
        }
      }
      const details = [
        event.outcome ? `Utfall: ${outcomeLabels[event.outcome]}` : '',
        event.partner != null
          ? `Lotsad till: ${nameIn(lookups.partners, event.partner, 'okänd aktör')}`
          : '',
        event.target ? `Lotsad till: ${event.target}` : '',
        event.relatedReferral != null
          ? `Sammanslagen med: ${referenceOf(lookups, event.relatedReferral)}`
          : '',
      ].filter(Boolean)
      return { title, summary: `${status(event.fromStatus)} → ${status(event.toStatus)}`, details }
    }
    case 'moved':
      return {
        title,
        summary: `${nameIn(lookups.services, event.fromService, 'okänd tjänst')} → ${nameIn(lookups.services, event.toService, 'okänd tjänst')}`,
        details: [`Ny status: ${status(event.toStatus)}`],
      }
    case 'assigned':
      return {
        title,
        summary:
          event.assignee != null
            ? nameIn(lookups.staff, event.assignee, 'Okänd användare')
            : 'Ingen handläggare',
        details: [],
      }
    case 'duplicateDismissed':
      return onOther
        ? {
            title,
            summary: `${referenceOf(lookups, event.referral)} är inte en dubblett av den här anmälan`,
            details: [],
          }
        : {
            title,
            summary: `Inte samma person som ${referenceOf(lookups, event.relatedReferral)}`,
            details: [],
          }
    case 'contactAttempt':
      return { title, summary: contactSummary(event), details: [] }
    case 'reassessment': {
      const { result, nextAt } = event.reassessment ?? {}
      return {
        title,
        summary: result ? reassessmentResultLabels[result] : undefined,
        details: nextAt ? [`Nästa omprövning: ${formatDate(nextAt)}`] : [],
      }
    }
    case 'consent': {
      const { action, partners, formVersion, date } = event.consent ?? {}
      const names = (partners ?? []).map((id) => nameIn(lookups.partners, id, 'okänd part'))
      return {
        title: action ? consentActionLabels[action] : title,
        details: [
          names.length ? `Parter: ${listText(names)}` : '',
          formVersion ? `Blankettversion: ${formVersion}` : '',
          date ? `Datum: ${formatDate(date)}` : '',
        ].filter(Boolean),
      }
    }
    case 'note':
      return { title, details: [] }
    case 'employerContact':
    case 'actionPlan':
      return { title, summary: event.date ?? undefined, details: [] }
    case 'workStart': {
      const { monthlySalary: salary, monthlyWageSubsidy: subsidy } = event.workStart ?? {}
      const housing = event.workStart?.housingSupportHours
      return {
        title,
        summary: `${event.date ?? '–'}: ${startText(event.workStart)}`,
        details: [
          salary != null ? `Månadslön: ${salary.toLocaleString('sv-SE')} kr` : '',
          subsidy != null ? `Lönestöd: ${subsidy.toLocaleString('sv-SE')} kr/mån` : '',
          housing != null ? `Boendestöd efter: ${housing.toLocaleString('sv-SE')} tim/v` : '',
        ].filter(Boolean),
      }
    }
    case 'workEnd': {
      const reason = event.workEnd?.reason
      return {
        title,
        summary: `${event.date ?? '–'}${reason ? `: ${startEndReasonLabels[reason]}` : ''}`,
        details: [],
      }
    }
    case 'profile':
      return { title, details: profileLines(event.profile) }
    case 'applicantUpdate':
    case 'contactRequested':
      return { title, details: [] }
    case 'residentUpdateSent':
    case 'residentUpdateFailed': {
      const channel = event.contact?.channel
      return {
        title,
        summary: `${channel ? contactChannelLabels[channel] : '–'}: ${status(event.toStatus)}`,
        details: [],
      }
    }
  }
}

const contactSummary = (event: EventRecord) => {
  const { channel, result } = event.contact ?? {}
  return `${channel ? contactChannelLabels[channel] : '–'}: ${result ? contactResultLabels[result] : '–'}`
}

/** One history event in Swedish: who did what and why. */
export function describeEvent(event: EventRecord, lookups: Lookups, viewedId: Id): TimelineEntry {
  const { channel, result } = event.contact ?? {}
  return {
    id: event.id,
    at: event.at,
    type: event.type,
    ...whatHappened(event, lookups, viewedId),
    ...(event.reason ? { reason: event.reason } : {}),
    ...(event.note ? { note: event.note } : {}),
    actor: actorOf(event, lookups),
    ...(event.type === 'contactAttempt' && channel && result
      ? { contact: { channel: contactChannelLabels[channel], result: contactResultLabels[result] } }
      : {}),
  }
}

/** The ids an event list points to, by kind, to look their names up in one query each. */
export function referencedIds(events: readonly EventRecord[], viewedId: Id) {
  const kinds = {
    staff: new Map<string, Id>(),
    services: new Map<string, Id>(),
    partners: new Map<string, Id>(),
    referrals: new Map<string, Id>(),
  }
  const add = (kind: keyof typeof kinds, id: Id | null | undefined) => {
    if (id != null) kinds[kind].set(String(id), id)
  }
  for (const e of events) {
    add('staff', e.actor)
    add('staff', e.assignee)
    add('services', e.fromService)
    add('services', e.toService)
    add('partners', e.partner)
    for (const id of e.consent?.partners ?? []) add('partners', id)
    add('referrals', e.relatedReferral)
    add('referrals', e.referral)
  }
  kinds.referrals.delete(String(viewedId))
  return {
    staff: [...kinds.staff.values()],
    services: [...kinds.services.values()],
    partners: [...kinds.partners.values()],
    referrals: [...kinds.referrals.values()],
  }
}
