/**
 * The report as tables: what the admin page shows, prints, draws and exports, in one shape.
 */
import { estimateWaitDays, estimateWindowDays, waitingGoalDays } from '../queue'
import { genderLabels, heardFromLabels, notStatedLabel, sourceLabels } from '../staffTexts'
import { genders } from '../vocabulary'
import { outcomes } from '../workflow'
import { share, sum } from './arithmetic'
import { attributionTables } from './attributionTables'
import {
  type ByGender,
  closingCategories,
  type DurationFigures,
  type FollowUpReport,
  type QueueFigures,
  waitBuckets,
} from './figures'
import { closingLabel, dateLabel, monthLabel } from './labels'
import { maskTables } from './masking'
import { startTables } from './startTables'
import { reportSumLinks, susRefs, susTables } from './susTables'
import { targetTables } from './targetTables'

/**
 * - count: people; below 5 is shown as "< 5", and may be hidden by complement.
 * - share, days, average, difference: computed from counts (`from`); hidden when any of those is.
 * - plain: not about people (a target, a number of coaches): never masked.
 */
export type ColumnKind =
  | 'count'
  | 'share'
  | 'days'
  | 'average'
  | 'difference'
  | 'plain'
  /** Kronor or hours summed over the people of a count column (`from`): hidden with it. */
  | 'amount'

export interface TableColumn {
  key: string
  label: string
  kind: ColumnKind
  /** The count columns of the same row this figure is computed from. */
  from?: string[]
}

export interface TableRow {
  key: string
  label: string
  values: (number | null)[]
  /** The row sums the other rows (its count cells), column by column. */
  total?: boolean
  /**
   * Per column, which figure of the report a count cell shows, where another table shows it too or sums
   * it: tables masked together hide such a figure in every place alike (see `maskTables`).
   */
  refs?: (string | null)[]
}

export const reportTableIds = [
  'inflow-month',
  'inflow-source',
  'inflow-heard',
  'balance',
  'queue',
  'queue-over-time',
  'wait-distribution',
  'first-contact',
  'enrolment',
  'closings',
  'work-or-studies',
  'starts-started',
  'starts-speed',
  'starts-kind',
  'starts-sector',
  'starts-tenure',
  'sus-overview',
  'sus-work-or-studies',
  'sus-action-plan',
  'sus-closing-reasons',
  'sus-profile-income',
  'sus-profile-support',
  'sus-profile-education',
  'sus-profile-age',
  'sus-expected',
  'participants',
  'targets-supported',
  'targets-work-or-studies',
  'targets-wait',
  'caseload',
  'caseload-coaches',
  'attribution-funnel',
  'attribution-arena',
  'attribution-activity',
  'attribution-campaign',
] as const
export type ReportTableId = (typeof reportTableIds)[number]

/** The outreach tables: the part of the report that outreach staff read too. */
export const outreachTableIds: readonly ReportTableId[] = reportTableIds.filter((id) =>
  id.startsWith('attribution-'),
)

export interface ReportTable {
  id: ReportTableId
  title: string
  /** What the figures mean, in one or two sentences. */
  note?: string
  /** The header of the first column, which names each row. */
  rowHeader: string
  columns: TableColumn[]
  rows: TableRow[]
  /** In each row, `total` is the sum of `parts`. */
  rowSum?: { total: string; parts: string[] }
}

export interface ReportNames {
  service: (id: number) => string
  /** A coach (staff) by user id. */
  coach: (id: number) => string
}

const count = (key: string, label: string): TableColumn => ({ key, label, kind: 'count' })
const genderColumns = (): TableColumn[] => [
  ...genders.map((g) => count(g, genderLabels[g])),
  count('total', 'Totalt'),
]
const genderValues = (c: ByGender) => [...genders.map((g) => c[g]), c.total]
const genderRefs = (prefix: string) => [...genders, 'total'].map((g) => `${prefix}:${g}`)
const genderSum = { total: 'total', parts: [...genders] }

/** Columns per service, and a total column when there is more than one service. */
function serviceColumns(report: FollowUpReport, names: ReportNames) {
  const several = report.serviceIds.length > 1
  const columns = [
    ...report.serviceIds.map((id) => count(`service-${id}`, names.service(id))),
    ...(several ? [count('total', 'Totalt')] : []),
  ]
  const values = (byService: (id: number) => number) => {
    const each = report.serviceIds.map(byService)
    return several ? [...each, sum(each)] : each
  }
  const rowSum = several
    ? { total: 'total', parts: report.serviceIds.map((id) => `service-${id}`) }
    : undefined
  return { columns, values, rowSum }
}

const totalRow = (
  label: string,
  rows: readonly TableRow[],
  columns: readonly TableColumn[],
  derive?: (values: number[]) => (number | null)[],
): TableRow => {
  const sums = columns.map((c, i) =>
    c.kind === 'count' ? sum(rows.map((r) => r.values[i] ?? 0)) : 0,
  )
  return { key: 'total', label, values: derive ? derive(sums) : sums, total: true }
}

function inflowTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const { columns, values, rowSum } = serviceColumns(report, names)
  const monthRows = report.inflow.months.map((month) => ({
    key: month,
    label: monthLabel(month),
    values: values(
      (id) => report.inflow.byService.find((s) => s.serviceId === id)?.byMonth[month] ?? 0,
    ),
  }))
  const byKey = <K extends string>(
    labels: Record<K, string>,
    counts: Record<K | 'notStated', number>,
  ): TableRow[] => [
    ...(Object.keys(labels) as K[]).map((key) => ({
      key,
      label: labels[key],
      values: [counts[key]],
    })),
    { key: 'notStated', label: notStatedLabel, values: [counts.notStated] },
  ]
  const sourceRows = byKey(sourceLabels, report.inflow.bySource)
  const heardRows = byKey(heardFromLabels, report.inflow.byHeardFrom)
  const one = [count('n', 'Nya anmälningar')]
  return [
    {
      id: 'inflow-month',
      title: 'Nya anmälningar per månad',
      note: 'Anmälningar som kom in under månaden, i den tjänst där de finns nu. Dubbletter som slagits samman räknas inte.',
      rowHeader: 'Månad',
      columns,
      rows: [...monthRows, totalRow('Hela perioden', monthRows, columns)],
      rowSum,
    },
    {
      id: 'inflow-source',
      title: 'Nya anmälningar efter vem som anmälde',
      rowHeader: 'Anmälan från',
      columns: one,
      rows: [...sourceRows, totalRow('Totalt', sourceRows, one)],
    },
    {
      id: 'inflow-heard',
      title: 'Nya anmälningar efter hur de hörde talas om stödet',
      note: 'Det den som anmälde svarade på frågan ”Hur fick du höra om oss?”: visar vilket uppsökande arbete som ger anmälningar.',
      rowHeader: 'Hörde talas om oss via',
      columns: one,
      rows: [...heardRows, totalRow('Totalt', heardRows, one)],
    },
  ]
}

function balanceTable(report: FollowUpReport): ReportTable {
  const columns: TableColumn[] = [
    count('inflow', 'Nya anmälningar'),
    count('outflow', 'Avslutade'),
    { key: 'difference', label: 'Skillnad', kind: 'difference', from: ['inflow', 'outflow'] },
  ]
  const rows = report.balance.map((b) => ({
    key: b.month,
    label: monthLabel(b.month),
    values: [b.inflow, b.outflow, b.inflow - b.outflow],
  }))
  return {
    id: 'balance',
    title: 'Inflöde och utflöde per månad',
    note: 'Avslutade: avslut med utfall, lotsade, avböjda och återtagna under månaden. Målet är att inflöde och utflöde är i balans.',
    rowHeader: 'Månad',
    columns,
    rows: [
      ...rows,
      totalRow('Hela perioden', rows, columns, ([inflow, outflow]) => [
        inflow,
        outflow,
        inflow - outflow,
      ]),
    ],
  }
}

function queueTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const columns: TableColumn[] = [
    count('waiting', 'I kö'),
    count('over30', `Väntat mer än ${waitingGoalDays} dagar`),
    {
      key: 'shareOver30',
      label: `Andel som väntat mer än ${waitingGoalDays} dagar`,
      kind: 'share',
      from: ['over30', 'waiting'],
    },
    { key: 'longest', label: 'Längsta väntan, dagar', kind: 'days', from: ['waiting'] },
    { key: 'estimate', label: 'Beräknad väntetid för den som anmäler sig, dagar', kind: 'plain' },
  ]
  const row = (q: QueueFigures) => [
    q.waiting,
    q.waitingOver30Days,
    q.shareOver30Days,
    q.longestWaitDays,
    q.estimatedWaitDays,
  ]
  const rows = report.queueAtEnd.map((q) => ({
    key: `service-${q.serviceId}`,
    label: names.service(q.serviceId),
    values: row(q),
  }))
  const all = report.queueAtEnd
  const waiting = sum(all.map((q) => q.waiting))
  const over = sum(all.map((q) => q.waitingOver30Days))
  const longest = all.map((q) => q.longestWaitDays).filter((d): d is number => d !== null)
  const left = sum(all.map((q) => q.leftQueueInWindow))
  const { columns: timeColumns, values, rowSum } = serviceColumns(report, names)
  const timeRows = report.queueOverTime.map((point) => ({
    key: point.date,
    label: dateLabel(point.date),
    values: values((id) => point.byService[id] ?? 0),
  }))
  const bucketRows = waitBuckets.map((b) => ({
    key: b.key,
    label: b.label,
    values: [report.waitDistribution[b.key]],
  }))
  const one = [count('n', 'I kö')]
  return [
    {
      id: 'queue',
      title: `Kön den ${dateLabel(report.period.to)}`,
      note: `I kö: inkomna, granskade, väntande och de som fått ett första samtal men inte skrivits in (vilande räknas inte). Väntetiden räknas från dagen anmälan kom in. Beräknad väntetid: antalet i kö delat med hur många som lämnat kön per dag de senaste ${estimateWindowDays} dagarna.`,
      rowHeader: 'Tjänst',
      columns,
      rows: [
        ...rows,
        {
          key: 'total',
          label: 'Alla valda tjänster',
          values: [
            waiting,
            over,
            share(over, waiting),
            longest.length ? Math.max(...longest) : null,
            estimateWaitDays({ waiting, leftQueueInWindow: left, windowDays: estimateWindowDays }),
          ],
          total: true,
        },
      ],
    },
    {
      id: 'queue-over-time',
      title: 'Antal i kö vid varje månads slut',
      rowHeader: 'Datum',
      columns: timeColumns,
      rows: timeRows,
      rowSum,
    },
    {
      id: 'wait-distribution',
      title: `Så länge de i kön hade väntat den ${dateLabel(report.period.to)}`,
      rowHeader: 'Väntetid',
      columns: one,
      rows: [...bucketRows, totalRow('Totalt', bucketRows, one)],
    },
  ]
}

function durationTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const label = (id: number | null) => (id === null ? 'Alla valda tjänster' : names.service(id))
  const key = (id: number | null) => (id === null ? 'total' : `service-${id}`)
  const goal = report.firstContact.goalDays
  const contactColumns: TableColumn[] = [
    count('n', 'Första kontakter'),
    count('withinGoal', `Inom ${goal} dagar`),
    { key: 'share', label: `Andel inom ${goal} dagar`, kind: 'share', from: ['withinGoal', 'n'] },
    { key: 'median', label: 'Median, dagar', kind: 'days', from: ['n'] },
    { key: 'p90', label: '90:e percentilen, dagar', kind: 'days', from: ['n'] },
  ]
  const enrolColumns: TableColumn[] = [
    count('n', 'Inskrivna'),
    { key: 'median', label: 'Median, dagar', kind: 'days', from: ['n'] },
    { key: 'p90', label: '90:e percentilen, dagar', kind: 'days', from: ['n'] },
  ]
  const withAll = (figures: { byService: DurationFigures[]; all: DurationFigures }) => [
    ...figures.byService,
    figures.all,
  ]
  return [
    {
      id: 'first-contact',
      title: 'Tid från anmälan till första kontakt',
      note: `Alla som fick sin första kontakt under perioden, räknat i kalenderdagar från dagen anmälan kom in. Målet är personlig kontakt inom ${goal} dagar.`,
      rowHeader: 'Tjänst',
      columns: contactColumns,
      rows: withAll(report.firstContact).map((d) => ({
        key: key(d.serviceId),
        label: label(d.serviceId),
        values: [d.n, d.withinGoal, d.shareWithinGoal, d.medianDays, d.p90Days],
        total: d.serviceId === null,
      })),
    },
    {
      id: 'enrolment',
      title: 'Tid från anmälan till inskrivning',
      note: 'Alla som skrevs in under perioden, räknat i kalenderdagar från dagen anmälan kom in.',
      rowHeader: 'Tjänst',
      columns: enrolColumns,
      rows: withAll(report.enrolment).map((d) => ({
        key: key(d.serviceId),
        label: label(d.serviceId),
        values: [d.n, d.medianDays, d.p90Days],
        total: d.serviceId === null,
      })),
    },
  ]
}

function closingTables(report: FollowUpReport): ReportTable[] {
  const columns = genderColumns()
  const rows = closingCategories.map((c) => ({
    key: c,
    label: closingLabel(c),
    values: genderValues(report.closings.byCategory[c]),
    // An outcome's figures are the SUS table's too (only participants close with one).
    ...((outcomes as readonly string[]).includes(c) && { refs: genderRefs(susRefs.closing(c)) }),
  }))
  const { withOutcome, intoWorkOrStudies, shareIntoWorkOrStudies } = report.closings
  return [
    {
      id: 'closings',
      title: 'Avslut efter utfall och kön',
      note: 'Varje avslut under perioden. Den som avslutats, öppnats igen och avslutats på nytt räknas två gånger.',
      rowHeader: 'Utfall',
      columns,
      rows: [
        ...rows,
        { key: 'total', label: 'Totalt', values: genderValues(report.closings.total), total: true },
      ],
      rowSum: genderSum,
    },
    {
      id: 'work-or-studies',
      title: 'Avslut till arbete eller studier',
      note: 'Arbete utan eller med subvention, eget företag, studier, arbete och studier, av alla avslut med utfall.',
      rowHeader: 'Tjänster',
      columns: [
        count('withOutcome', 'Avslut med utfall'),
        count('into', 'Till arbete eller studier'),
        {
          key: 'share',
          label: 'Andel till arbete eller studier',
          kind: 'share',
          from: ['into', 'withOutcome'],
        },
      ],
      rows: [
        {
          key: 'total',
          label: 'Alla valda tjänster',
          values: [withOutcome, intoWorkOrStudies, shareIntoWorkOrStudies],
          refs: ['closings:withOutcome:total', 'closings:into:total', null],
        },
      ],
    },
  ]
}

function participantTable(report: FollowUpReport): ReportTable {
  return {
    id: 'participants',
    title: 'Deltagare efter kön',
    note: 'Deltagare: inskrivna eller aktiva. Stöd under perioden: deltagare när perioden började, eller som blev det under perioden.',
    rowHeader: 'Mått',
    columns: genderColumns(),
    rows: [
      {
        key: 'enrolledAtEnd',
        label: `Deltagare den ${dateLabel(report.period.to)}`,
        values: genderValues(report.enrolledAtEnd),
        refs: genderRefs(susRefs.atEnd),
      },
      {
        key: 'supported',
        label: 'Fick stöd under perioden',
        values: genderValues(report.supportedDuringPeriod),
        refs: genderRefs(susRefs.participants),
      },
    ],
    rowSum: genderSum,
  }
}

function caseloadTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const perCoach: TableColumn[] = [
    count('active', 'Aktiva ärenden'),
    { key: 'coaches', label: 'Coacher med ärenden', kind: 'plain' },
    { key: 'perCoach', label: 'Ärenden per coach', kind: 'average', from: ['assigned'] },
    { key: 'target', label: 'Mål per heltidscoach', kind: 'plain' },
    count('assigned', 'Med coach'),
    count('unassigned', 'Utan coach'),
  ]
  const coachColumns: TableColumn[] = [
    count('active', 'Aktiva ärenden'),
    { key: 'target', label: 'Mål per heltidscoach', kind: 'plain' },
    { key: 'ofTarget', label: 'Andel av målet', kind: 'share', from: ['active'] },
  ]
  const note =
    'Aktiva ärenden: inskrivna och aktiva vid periodens slut, per handläggare. Systemet vet inte hur stor tjänst varje coach har, så varje coach räknas som en heltid.'
  return [
    {
      id: 'caseload',
      title: `Aktiva ärenden per coach den ${dateLabel(report.period.to)}`,
      note,
      rowHeader: 'Tjänst',
      columns: perCoach,
      rows: report.caseload.map((c) => ({
        key: `service-${c.serviceId}`,
        label: names.service(c.serviceId),
        values: [
          c.active,
          c.coaches.length,
          c.perCoach,
          c.target,
          c.active - c.unassigned,
          c.unassigned,
        ],
      })),
      rowSum: { total: 'active', parts: ['assigned', 'unassigned'] },
    },
    {
      id: 'caseload-coaches',
      title: 'Aktiva ärenden för varje coach',
      note,
      rowHeader: 'Coach',
      columns: coachColumns,
      rows: report.caseload.flatMap((c) =>
        c.coaches.map((coach) => ({
          key: `service-${c.serviceId}-coach-${coach.assigneeId}`,
          label: `${names.coach(coach.assigneeId)} (${names.service(c.serviceId)})`,
          values: [coach.active, c.target, share(coach.active, c.target)],
        })),
      ),
    },
  ]
}

/** Every table of the report, in the order of the printed report. */
export function reportTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const [inflowMonth, inflowSource, inflowHeard] = inflowTables(report, names)
  const [queue, queueOverTime, waitDistribution] = queueTables(report, names)
  return [
    participantTable(report),
    ...targetTables(report, names),
    inflowMonth,
    balanceTable(report),
    inflowSource,
    inflowHeard,
    queue,
    queueOverTime,
    waitDistribution,
    ...durationTables(report, names),
    ...closingTables(report),
    ...startTables(report.starts, report.supportedDuringPeriod, report.period.to),
    ...susTables(report, names),
    ...caseloadTables(report, names),
    ...attributionTables(report.attribution),
  ]
}

/**
 * The report's tables masked together, as every view outside the staff's JSON shows them (page, print,
 * CSV, Excel): no table gives away what another hides.
 */
export const maskReportTables = (
  tables: readonly ReportTable[],
  alsoHidden?: ReadonlySet<string>,
) => maskTables(tables, reportSumLinks, alsoHidden)
