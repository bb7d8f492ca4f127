/**
 * The regional statistics' (SUS) figures as report tables, shaped like SUS's own [001]: participants,
 * closings and action plans per service; closed into work or studies by gender; closing reasons by
 * gender; the participants' profile; participants against the expected number.
 */
import type { FollowUpReport } from './figures'
import type { SumLink } from './masking'
import type { ReportNames, ReportTable, TableColumn, TableRow } from './tables'

import {
  ageBands,
  educationLevelLabels,
  educationLevels,
  incomeSourceLabels,
  incomeSources,
  supportYearBandLabels,
  supportYearBands,
} from '../profile'
import { genderLabels } from '../staffTexts'
import { genders } from '../vocabulary'
import { outcomes } from '../workflow'
import { share, sum } from './arithmetic'
import { type ByGender, workOrStudiesOutcomes } from './figures'
import { closingLabel, dateLabel } from './labels'
import { participantClosingCategories, type SusServiceFigures } from './sus'

const count = (key: string, label: string): TableColumn => ({ key, label, kind: 'count' })
const genderKeys = [...genders, 'total'] as const
const genderColumns = (): TableColumn[] => [
  ...genders.map((g) => count(g, genderLabels[g])),
  count('total', 'Totalt'),
]
const genderValues = (c: ByGender) => genderKeys.map((g) => c[g])
const genderRefs = (prefix: string) => genderKeys.map((g) => `${prefix}:${g}`)
const genderRowLabel = (g: (typeof genderKeys)[number]) =>
  g === 'total' ? 'Totalt' : genderLabels[g]

/** The refs of figures other tables show too (see `maskTables`). */
export const susRefs = {
  participants: 'supported',
  atEnd: 'enrolledAtEnd',
  closed: 'sus:closed',
  into: 'sus:into',
  plan: 'sus:plan',
  /**
   * A closing category by gender. An outcome is the same figure as in the table of all closings (only
   * participants close with one); a redirect or withdrawal of a participant is not.
   */
  closing: (category: string) =>
    (outcomes as readonly string[]).includes(category)
      ? `closing:${category}`
      : `sus:closing:${category}`,
}

/** Per-service rows, and a total row when there is more than one service; refs for the totals. */
function serviceRows(
  report: FollowUpReport,
  names: ReportNames,
  values: (s: SusServiceFigures) => (number | null)[],
  totals: (all: SusServiceFigures[]) => (number | null)[],
  refs: (string | null)[],
): TableRow[] {
  const services = report.sus.byService
  const several = services.length > 1
  const rows: TableRow[] = services.map((s) => ({
    key: `service-${s.serviceId}`,
    label: names.service(s.serviceId),
    values: values(s),
    ...(!several && { refs }),
  }))
  return several
    ? [
        ...rows,
        { key: 'total', label: 'Alla valda tjänster', values: totals(services), total: true, refs },
      ]
    : rows
}

function overviewTable(report: FollowUpReport, names: ReportNames): ReportTable {
  const atEnd = (id: number) => report.caseload.find((c) => c.serviceId === id)?.active ?? 0
  const figures = (s: {
    participants: number
    registeredSinceStart: number
    closedSinceStart: number
    closedInPeriod: number
    intoWorkOrStudies: number
    withActionPlan: number
    atEnd: number
  }) => [
    s.participants,
    s.registeredSinceStart,
    s.closedSinceStart,
    s.closedInPeriod,
    s.intoWorkOrStudies,
    share(s.intoWorkOrStudies, s.closedInPeriod),
    s.withActionPlan,
    share(s.withActionPlan, s.participants),
    s.atEnd,
  ]
  const total = (all: SusServiceFigures[], key: keyof SusServiceFigures) =>
    sum(all.map((s) => Number(s[key] ?? 0)))
  return {
    id: 'sus-overview',
    title: 'Deltagare, avslut och handlingsplaner per tjänst (SUS)',
    note: `Som SUS tabell över insatser med individinriktning. Deltagare: inskrivna eller aktiva någon gång under perioden; sedan start: någon gång fram till periodens slut. Avslutade: deltagare vars deltagande avslutades (med utfall, lotsade eller återtagna); den som avslutats två gånger räknas två gånger. Andelen till arbete eller studier räknas av alla avslutade deltagare under perioden. Pågående: deltagare den ${dateLabel(report.period.to)}.`,
    rowHeader: 'Tjänst',
    columns: [
      count('participants', 'Deltagare under perioden'),
      count('registered', 'Deltagare sedan start'),
      count('closedSinceStart', 'Avslutade sedan start'),
      count('closed', 'Avslutade under perioden'),
      count('into', 'Varav till arbete eller studier'),
      {
        key: 'shareInto',
        label: 'Andel till arbete eller studier',
        kind: 'share',
        from: ['into', 'closed'],
      },
      count('plan', 'Med handlingsplan'),
      {
        key: 'sharePlan',
        label: 'Andel med handlingsplan',
        kind: 'share',
        from: ['plan', 'participants'],
      },
      count('atEnd', 'Pågående vid periodens slut'),
    ],
    rows: serviceRows(
      report,
      names,
      (s) => figures({ ...s, atEnd: atEnd(s.serviceId) }),
      (all) =>
        figures({
          participants: total(all, 'participants'),
          registeredSinceStart: total(all, 'registeredSinceStart'),
          closedSinceStart: total(all, 'closedSinceStart'),
          closedInPeriod: total(all, 'closedInPeriod'),
          intoWorkOrStudies: total(all, 'intoWorkOrStudies'),
          withActionPlan: total(all, 'withActionPlan'),
          atEnd: sum(all.map((s) => atEnd(s.serviceId))),
        }),
      [
        `${susRefs.participants}:total`,
        null,
        null,
        `${susRefs.closed}:total`,
        `${susRefs.into}:total`,
        null,
        `${susRefs.plan}:total`,
        null,
        `${susRefs.atEnd}:total`,
      ],
    ),
  }
}

/** A table of two counts by gender and the share of the one in the other. */
function genderShareTable(
  base: Pick<ReportTable, 'id' | 'title' | 'note'>,
  whole: { label: string; counts: ByGender; ref: string },
  part: { label: string; counts: ByGender; ref: string },
  shareLabel: string,
): ReportTable {
  return {
    ...base,
    rowHeader: 'Kön',
    columns: [
      count('whole', whole.label),
      count('part', part.label),
      { key: 'share', label: shareLabel, kind: 'share', from: ['part', 'whole'] },
    ],
    rows: genderKeys.map((g) => ({
      key: g,
      label: genderRowLabel(g),
      values: [whole.counts[g], part.counts[g], share(part.counts[g], whole.counts[g])],
      total: g === 'total',
      refs: [`${whole.ref}:${g}`, `${part.ref}:${g}`, null],
    })),
  }
}

function closingReasonsTable(report: FollowUpReport): ReportTable {
  const reasons = report.sus.closingReasons
  return {
    id: 'sus-closing-reasons',
    title: 'Avslutsanledningar efter kön (SUS)',
    note: 'Deltagare som avslutades under perioden, efter utfall, som SUS tabell över avslutsanledningar. Meningsfull sysselsättning (arbetsträning eller social träning) saknas i SUS men räknas här.',
    rowHeader: 'Avslutsanledning',
    columns: genderColumns(),
    rows: [
      ...participantClosingCategories.map((c) => ({
        key: c,
        label: closingLabel(c),
        values: genderValues(reasons[c]),
        refs: genderRefs(susRefs.closing(c)),
      })),
      {
        key: 'total',
        label: 'Totalt',
        values: genderValues(report.sus.closedInPeriod),
        total: true,
        refs: genderRefs(susRefs.closed),
      },
    ],
    rowSum: { total: 'total', parts: [...genders] },
  }
}

/** A profile question as a table: a row per answer, "not recorded" and the total, by gender. */
function profileTable<K extends string>(
  report: FollowUpReport,
  base: Pick<ReportTable, 'id' | 'title' | 'rowHeader'>,
  keys: readonly K[],
  labels: Record<K, string>,
  counts: Record<K | 'notStated', ByGender>,
): ReportTable {
  const rows = [...keys, 'notStated' as const].map((k) => ({
    key: k,
    label: k === 'notStated' ? 'Ej registrerat' : labels[k as K],
    values: genderValues(counts[k]),
  }))
  return {
    ...base,
    note: 'Deltagare under perioden, efter profilen som personalen registrerade vid inskrivningen (den senast sparade). Ej registrerat: ingen profil, eller frågan lämnades tom.',
    columns: genderColumns(),
    rows: [
      ...rows,
      {
        key: 'total',
        label: 'Totalt',
        values: genderValues(report.sus.participants),
        total: true,
        refs: genderRefs(susRefs.participants),
      },
    ],
    rowSum: { total: 'total', parts: [...genders] },
  }
}

function profileTables(report: FollowUpReport): ReportTable[] {
  const { profile } = report.sus
  const ageLabels = Object.fromEntries(ageBands.map((b) => [b.key, b.label])) as Record<
    (typeof ageBands)[number]['key'],
    string
  >
  return [
    profileTable(
      report,
      {
        id: 'sus-profile-income',
        title: 'Deltagare efter huvudsaklig inkomstkälla före inskrivningen',
        rowHeader: 'Inkomstkälla',
      },
      incomeSources,
      incomeSourceLabels,
      profile.income,
    ),
    profileTable(
      report,
      {
        id: 'sus-profile-support',
        title: 'Deltagare efter år med offentlig försörjning före inskrivningen',
        rowHeader: 'Offentlig försörjning',
      },
      supportYearBands,
      supportYearBandLabels,
      profile.supportYears,
    ),
    profileTable(
      report,
      {
        id: 'sus-profile-education',
        title: 'Deltagare efter högsta avslutade utbildning (SUN)',
        rowHeader: 'Utbildningsnivå',
      },
      educationLevels,
      educationLevelLabels,
      profile.education,
    ),
    profileTable(
      report,
      {
        id: 'sus-profile-age',
        title: 'Deltagare efter ålder vid inskrivningen',
        rowHeader: 'Ålder',
      },
      ageBands.map((b) => b.key),
      ageLabels,
      profile.age,
    ),
  ]
}

function expectedTable(report: FollowUpReport, names: ReportNames): ReportTable {
  const { years } = report.sus
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0])
  const values = (participants: number, expected: number | null) => [
    participants,
    expected,
    expected ? participants / expected : null,
  ]
  return {
    id: 'sus-expected',
    title: 'Deltagare mot förväntat antal',
    note: `Deltagare under perioden mot det antal deltagare tjänsten förväntas ha under ${span} (administratören anger det per tjänst och år). Förväntat antal gäller hela år: för en kortare period är andelen lägre än den blir.`,
    rowHeader: 'Tjänst',
    columns: [
      count('participants', 'Deltagare under perioden'),
      { key: 'expected', label: `Förväntat antal ${span}`, kind: 'plain' },
      {
        key: 'share',
        label: 'Andel av förväntat antal',
        kind: 'share',
        from: ['participants'],
      },
    ],
    rows: serviceRows(
      report,
      names,
      (s) => values(s.participants, s.expected),
      (all) => {
        const set = all.filter((s) => s.expected !== null)
        return values(
          sum(all.map((s) => s.participants)),
          set.length ? sum(set.map((s) => s.expected!)) : null,
        )
      },
      [`${susRefs.participants}:total`, null, null],
    ),
  }
}

/** The SUS tables, in the order of the printed report. */
export function susTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const { sus } = report
  return [
    overviewTable(report, names),
    genderShareTable(
      {
        id: 'sus-work-or-studies',
        title: 'Avslutade deltagare till arbete eller studier efter kön (SUS)',
        note: 'Arbete utan eller med subvention, eget företag, studier, arbete och studier, av alla deltagare som avslutades under perioden.',
      },
      { label: 'Avslutade under perioden', counts: sus.closedInPeriod, ref: susRefs.closed },
      { label: 'Till arbete eller studier', counts: sus.intoWorkOrStudies, ref: susRefs.into },
      'Andel till arbete eller studier',
    ),
    genderShareTable(
      {
        id: 'sus-action-plan',
        title: 'Deltagare med handlingsplan mot arbete eller studier efter kön (SUS)',
        note: 'Deltagare under perioden som hade en handlingsplan upprättad senast vid periodens slut.',
      },
      { label: 'Deltagare under perioden', counts: sus.participants, ref: susRefs.participants },
      { label: 'Med handlingsplan', counts: sus.withActionPlan, ref: susRefs.plan },
      'Andel med handlingsplan',
    ),
    closingReasonsTable(report),
    ...profileTables(report),
    expectedTable(report, names),
  ]
}

/** Sums between the report's tables (see `maskTables`): into work or studies is the sum of its outcomes. */
export const reportSumLinks: SumLink[] = genderKeys.flatMap((g) => [
  {
    total: `${susRefs.into}:${g}`,
    parts: workOrStudiesOutcomes.map((o) => `${susRefs.closing(o)}:${g}`),
  },
  {
    total: `closings:into:${g}`,
    parts: workOrStudiesOutcomes.map((o) => `${susRefs.closing(o)}:${g}`),
  },
  { total: `closings:withOutcome:${g}`, parts: outcomes.map((o) => `${susRefs.closing(o)}:${g}`) },
])
