import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import { MinimalTemplate } from '@payloadcms/next/templates'
import { Button } from '@payloadcms/ui'

import {
  cellText,
  dateLabel,
  type FollowUpReport,
  keyFigureRow,
  type MaskedTable,
  maskingLegend,
  outreachTableIds,
  type ReportPeriod,
  type ReportTableId,
  waitBuckets,
  waitTargetPosition,
} from '../../domain'
import {
  maskedReportTables,
  reportNames,
  reportReaderFromAccess,
  reportWithUnits,
  shownEstimateReport,
} from '../../operations/reports'
import { byUnit, type ServiceInScope, servicesInScope } from '../servicesInScope'
import { StaffPage } from '../StaffPage'
import {
  BarChart,
  FunnelChart,
  HorizontalBarChart,
  LineChart,
  TargetBarChart,
  type TargetMarker,
} from './charts'
import { EstimateSection } from './EstimateSection'
import { quickPeriods, readReportQuery } from './params'
import { PrintButton } from './PrintButton'
import './report.css'
import { ReportTableView } from './ReportTableView'

/** The printed report's sections, in order, with the tables each holds. */
const sections: { heading: string; tables: ReportTableId[] }[] = [
  { heading: 'Deltagare', tables: ['participants'] },
  {
    heading: 'Mål',
    tables: ['targets-supported', 'targets-work-or-studies', 'targets-wait'],
  },
  {
    heading: 'Nya anmälningar och avslut',
    tables: ['inflow-month', 'balance', 'inflow-source', 'inflow-heard'],
  },
  {
    heading: 'Kö och väntetider',
    tables: ['queue', 'queue-over-time', 'wait-distribution', 'first-contact', 'enrolment'],
  },
  { heading: 'Utfall', tables: ['closings', 'work-or-studies'] },
  {
    heading: 'Arbete och studier under stödet',
    tables: ['starts-started', 'starts-speed', 'starts-kind', 'starts-sector', 'starts-tenure'],
  },
  {
    heading: 'Tabeller för SUS och styrelsen',
    tables: [
      'sus-overview',
      'sus-work-or-studies',
      'sus-action-plan',
      'sus-closing-reasons',
      'sus-expected',
    ],
  },
  {
    heading: 'Deltagarnas profil vid inskrivningen',
    tables: [
      'sus-profile-income',
      'sus-profile-support',
      'sus-profile-education',
      'sus-profile-age',
    ],
  },
  { heading: 'Coachernas ärenden', tables: ['caseload', 'caseload-coaches'] },
  {
    heading: 'Uppsökande',
    tables: [
      'attribution-funnel',
      'attribution-arena',
      'attribution-activity',
      'attribution-campaign',
    ],
  },
]

const serviceColumnKeys = (table: MaskedTable) =>
  table.columns.filter((c) => c.key.startsWith('service-')).map((c) => c.key)

/** The wait targets of the chosen services as lines on the waiting-time chart, one per number of days. */
const waitMarkers = (report: FollowUpReport): TargetMarker[] =>
  [...new Set(report.targets.byService.map((t) => t.maxWaitDays))]
    .filter((days): days is number => days !== null)
    .sort((a, b) => a - b)
    .map((days) => {
      const { bucket, fraction } = waitTargetPosition(days, waitBuckets)
      return { row: bucket, fraction, label: `Mål: högst ${days} dagar` }
    })

/** The chart drawn above a table, for the tables that have one. */
function chartFor(
  table: MaskedTable,
  ids: { labelledBy: string; describedBy: string },
  report: FollowUpReport,
): ReactNode {
  switch (table.id) {
    case 'balance':
      return <BarChart table={table} {...ids} columns={['inflow', 'outflow']} />
    case 'queue-over-time':
      return <LineChart table={table} {...ids} columns={serviceColumnKeys(table)} />
    case 'wait-distribution':
      return <BarChart table={table} {...ids} columns={['n']} markers={waitMarkers(report)} />
    case 'targets-supported':
      return <TargetBarChart table={table} {...ids} column="supported" target="target" />
    case 'targets-work-or-studies':
      return <TargetBarChart table={table} {...ids} column="share" target="target" />
    case 'closings':
    case 'starts-kind':
      return <HorizontalBarChart table={table} {...ids} column="total" />
    case 'attribution-funnel':
      return <FunnelChart table={table} {...ids} column="n" />
    default:
      return null
  }
}

const queryString = (
  period: ReportPeriod,
  services: readonly number[],
  extra: Record<string, string> = {},
) =>
  new URLSearchParams({
    from: period.from,
    to: period.to,
    ...(services.length ? { services: services.join(',') } : {}),
    ...extra,
  }).toString()

/**
 * A masked cell of one table, as printed ("< 5", "x", a number); `rowKey` null: the row the key
 * figures read (all services, or the one chosen).
 */
const shown = (
  tables: readonly MaskedTable[],
  id: ReportTableId,
  rowKey: string | null,
  columnKey: string,
) => {
  const table = tables.find((t) => t.id === id)
  const row =
    table && (rowKey === null ? keyFigureRow(table) : table.rows.find((r) => r.key === rowKey))
  const r = row ? table!.rows.indexOf(row) : -1
  const c = table?.columns.findIndex((column) => column.key === columnKey) ?? -1
  return table && r !== -1 && c !== -1 ? cellText(table.cells[r][c], table.columns[c], 'sv') : '–'
}

/** The target of a key figure written after it, or nothing when the services have none for the period. */
const against = (target: string, text: (t: string) => string) =>
  target === '–' ? '' : text(target)

function KeyFigures({ tables, period }: { tables: MaskedTable[]; period: ReportPeriod }) {
  const inflow = tables.find((t) => t.id === 'inflow-month')!
  const inflowColumn = inflow.columns.at(-1)!.key
  const peopleTarget = shown(tables, 'targets-supported', null, 'target')
  const peopleTargetLabel = tables
    .find((t) => t.id === 'targets-supported')!
    .columns.find((c) => c.key === 'target')!.label
  const waitTarget = shown(tables, 'targets-wait', null, 'target')
  const over = shown(tables, 'targets-wait', null, 'over')
  const shareTarget = shown(tables, 'targets-work-or-studies', null, 'target')
  const figures = [
    {
      value: `${shown(tables, 'participants', 'supported', 'total')}${against(peopleTarget, (t) => ` av ${t}`)}`,
      label: `fick stöd under perioden${against(peopleTarget, () => ` (${peopleTargetLabel.toLowerCase()})`)}`,
    },
    { value: shown(tables, 'inflow-month', 'total', inflowColumn), label: 'nya anmälningar' },
    {
      value: shown(tables, 'queue', 'total', 'waiting'),
      label: `i kö den ${dateLabel(period.to)}${against(waitTarget, (t) => `, ${over} av dem längre än målet ${t} dagar`)}`,
    },
    {
      value: shown(tables, 'targets-work-or-studies', null, 'share'),
      label: `av deltagarna som avslutades gick till arbete eller studier${against(shareTarget, (t) => ` (mål ${t})`)}`,
    },
  ]
  return (
    <ul className="report-summary" aria-label="Nyckeltal">
      {figures.map((f) => (
        <li key={f.label}>
          <span className="report-summary__value">{f.value}</span>{' '}
          <span className="report-summary__label">{f.label}</span>
        </li>
      ))}
    </ul>
  )
}

function ReportForm(props: {
  action: string
  period: ReportPeriod
  services: ServiceInScope[]
  chosen: number[]
  now: Date
  outreachOnly: boolean
}) {
  const { action, period, services, chosen, now, outreachOnly } = props
  return (
    <form method="get" action={action} className="report-form" aria-label="Period och tjänster">
      <div className="report-form__row">
        <div>
          <label htmlFor="report-from">Från och med</label>
          <input type="date" id="report-from" name="from" defaultValue={period.from} required />
        </div>
        <div>
          <label htmlFor="report-to">Till och med</label>
          <input type="date" id="report-to" name="to" defaultValue={period.to} required />
        </div>
      </div>
      <fieldset aria-describedby="report-services-hint">
        <legend>Tjänster</legend>
        <p className="report-form__hint" id="report-services-hint">
          {outreachOnly
            ? 'Välj ingen för att få alla tjänster i dina enheter.'
            : 'Välj ingen för att få alla tjänster du arbetar med, i alla enheter.'}
        </p>
        {byUnit(services).map(({ unit, services: ofUnit }) => (
          <fieldset key={unit.id} className="report-form__unit">
            <legend>{unit.name}</legend>
            <div className="report-form__services">
              {ofUnit.map((s) => (
                <label key={s.id}>
                  <input
                    type="checkbox"
                    name="services"
                    value={s.id}
                    defaultChecked={chosen.includes(s.id)}
                  />
                  {s.name}
                </label>
              ))}
            </div>
            <a
              href={`${action}?${queryString(
                period,
                ofUnit.map((s) => s.id),
              )}`}
            >
              Hela {unit.name}
            </a>
          </fieldset>
        ))}
      </fieldset>
      <div className="report-form__row">
        <Button type="submit" buttonStyle="primary" margin={false}>
          Visa uppföljningen
        </Button>
        <nav aria-label="Snabbval av period">
          <ul className="report-form__quick">
            {quickPeriods(now).map((q) => (
              <li key={q.label}>
                <a href={`${action}?${queryString(q.period, chosen)}`}>{q.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </form>
  )
}

/**
 * A visitor who is not signed in is sent to the login page and back (Payload renders custom views
 * without a login): a refresh, and a link for when it does not happen.
 */
function SignInFirst({ href }: { href: string }) {
  return (
    <MinimalTemplate>
      <meta httpEquiv="refresh" content={`0;url=${href}`} />
      <h1>Uppföljning</h1>
      <p>
        <a href={href}>Logga in</a> för att se uppföljningen.
      </p>
    </MinimalTemplate>
  )
}

/**
 * The follow-up report in the admin (/admin/reports): a period and services picked with a plain GET
 * form (works without JavaScript), the figures as tables and charts, all masked the way they are
 * exported, a CSV link per table, and a print stylesheet for an A4 report. For the staff who may read
 * referrals, and only for their services; for outreach staff, the outreach section only, for their
 * units' services: the same rule as the report endpoint.
 */
export async function FollowUpReportView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload } = req
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  const action = `${adminRoute}/reports`
  if (!req.user)
    return <SignInFirst href={`${adminRoute}/login?redirect=${encodeURIComponent(action)}`} />

  const page = (children: ReactNode) => (
    <StaffPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title="Uppföljning"
      className="report"
    >
      <h1>Uppföljning</h1>
      {children}
    </StaffPage>
  )

  const reader = await reportReaderFromAccess(req)
  if (!reader) {
    return page(
      <p className="report__lead">
        Uppföljningen är för intaget, uppsökande personal och administratörer. Ditt konto har inte
        behörighet till den.
      </p>,
    )
  }
  const { scope, outreachOnly } = reader
  const now = new Date()
  const query = readReportQuery(searchParams, now)
  const services = await servicesInScope(payload, scope)
  const outside = query.services.filter((id) => !services.some((s) => s.id === id))
  const problem =
    query.problem ??
    (outside.length ? 'Du kan bara ta fram uppföljning för de tjänster du arbetar med.' : null)
  const form = (
    <ReportForm
      action={action}
      period={query.period}
      services={services}
      chosen={query.services}
      now={now}
      outreachOnly={outreachOnly}
    />
  )
  if (problem) {
    return page(
      <>
        {form}
        <p className="report-error" role="alert">
          {problem}
        </p>
      </>,
    )
  }

  const serviceIds = query.services.length ? query.services : services.map((s) => s.id)
  const [{ report, units }, estimate] = await Promise.all([
    reportWithUnits(payload, { ...query.period, serviceIds }),
    outreachOnly ? null : shownEstimateReport(payload, { ...query.period, serviceIds }),
  ])
  const masked = maskedReportTables(report, await reportNames(payload, report), units)
  // Outreach staff see the outreach tables only: nothing else of the report reaches the page.
  const tables = outreachOnly ? masked.filter((t) => outreachTableIds.includes(t.id)) : masked
  const shownSections = sections.filter((section) =>
    section.tables.every((id) => tables.some((t) => t.id === id)),
  )
  const download = (extra: Record<string, string>) =>
    `${apiRoute}/referrals/report?${queryString(query.period, query.services, extra)}`
  const csv = (table?: ReportTableId) => download({ format: 'csv', ...(table ? { table } : {}) })
  const chosenNames = services.filter((s) => serviceIds.includes(s.id)).map((s) => s.name)

  return page(
    <>
      <p className="report__lead">
        {dateLabel(query.period.from)} – {dateLabel(query.period.to)}. {chosenNames.join(', ')}.
      </p>
      {form}
      <div className="report-actions">
        <PrintButton />
        <a href={download({ format: 'xlsx' })} download>
          Ladda ner hela rapporten som Excel
        </a>
        <a href={download({ format: 'csv', separator: 'semicolon' })} download>
          Ladda ner alla tabeller som CSV för svenskt Excel
        </a>
        <a href={csv()} download>
          Ladda ner alla tabeller som CSV
        </a>
      </div>
      <p className="report-legend">
        Tal räknas fram ur anmälningarna och deras historik. Små tal visas inte, så att ingen person
        kan pekas ut: {maskingLegend}
      </p>
      {outreachOnly ? (
        <p className="report__lead">
          Du ser uppsökandets del av uppföljningen: vilka arenor, aktiviteter och kampanjlänkar som
          ledde till anmälningar, inskrivningar och arbete eller studier.
        </p>
      ) : (
        <KeyFigures tables={tables} period={query.period} />
      )}
      {shownSections.map((section, index) => (
        <section key={section.heading} aria-labelledby={`report-section-${index}`}>
          <h2 id={`report-section-${index}`}>{section.heading}</h2>
          {section.tables.map((id) => {
            const table = tables.find((t) => t.id === id)!
            const ids = { labelledBy: `chart-${id}`, describedBy: `table-${id}` }
            const chart = chartFor(table, ids, report)
            return (
              <div className="report-block" key={id}>
                {chart ? (
                  <figure>
                    <h3 id={ids.labelledBy}>{table.title} (diagram)</h3>
                    {chart}
                  </figure>
                ) : null}
                <ReportTableView table={table} csvHref={csv(id)} id={ids.describedBy} />
              </div>
            )
          })}
        </section>
      ))}
      {estimate && <EstimateSection {...estimate} headingId="report-section-estimate" />}
    </>,
  )
}
