/** The attribution as report tables: by arena, by activity, by campaign, and the campaigns' funnel. */
import type { ReportTable, TableColumn, TableRow } from './tables'

import { outreachArenaLabels } from '../outreach'
import { sum } from './arithmetic'
import {
  type Attribution,
  type AttributionLine,
  type OutreachFigures,
  type UnattributedKey,
} from './attribution'
import { dateLabel } from './labels'

const unattributedLabels: Record<UnattributedKey, string> = {
  event: 'Evenemang som inte loggats som aktivitet',
  removed: 'Borttagen kampanj',
  none: 'Utan kampanj',
}

const columns: TableColumn[] = [
  { key: 'reached', label: 'Nådda personer', kind: 'count' },
  { key: 'hours', label: 'Timmar', kind: 'plain' },
  { key: 'referrals', label: 'Anmälningar', kind: 'count' },
  { key: 'enrolled', label: 'Inskrivna', kind: 'count' },
  { key: 'workOrStudies', label: 'Avslutade till arbete eller studier', kind: 'count' },
  { key: 'per10Hours', label: 'Anmälningar per 10 timmar', kind: 'average', from: ['referrals'] },
]

const values = (f: OutreachFigures) => [
  f.peopleReached,
  f.hours,
  f.referrals,
  f.enrolled,
  f.intoWorkOrStudies,
  f.referralsPer10Hours,
]

const row = (key: string, label: string, f: OutreachFigures): TableRow => ({
  key,
  label,
  values: values(f),
})

const totalRow = (lines: readonly AttributionLine[]): TableRow => {
  const total = (pick: (f: OutreachFigures) => number) => sum(lines.map((l) => pick(l.figures)))
  const hours = total((f) => f.hours)
  const referrals = total((f) => f.referrals)
  return {
    key: 'total',
    label: 'Totalt',
    total: true,
    values: [
      total((f) => f.peopleReached),
      hours,
      referrals,
      total((f) => f.enrolled),
      total((f) => f.intoWorkOrStudies),
      hours > 0 ? (referrals / hours) * 10 : null,
    ],
  }
}

const note =
  'Anmälningar som kom in under perioden, efter kampanjlänken de kom via (/k/<kod>). Nådda personer och timmar räknas för aktiviteter under perioden. Inskrivna och avslutade: hur långt anmälningarna kommit vid periodens slut.'

/** The attribution tables, in the order of the printed report. */
export function attributionTables(attribution: Attribution): ReportTable[] {
  const byArena = attribution.byArena.map((line) =>
    row(
      line.key,
      line.arena in unattributedLabels
        ? unattributedLabels[line.arena as UnattributedKey]
        : outreachArenaLabels[line.arena as keyof typeof outreachArenaLabels],
      line.figures,
    ),
  )
  const byActivity = attribution.byActivity.map((line) =>
    row(
      line.key,
      line.activity
        ? `${line.activity.title} (${dateLabel(line.activity.date.slice(0, 10))})`
        : unattributedLabels[line.key as UnattributedKey],
      line.figures,
    ),
  )
  const byCampaign = attribution.byCampaign.map((line) =>
    row(
      line.key,
      line.kind === 'none'
        ? unattributedLabels.none
        : `${line.code} – ${line.kind === 'removed' ? 'borttagen kampanj' : line.title}`,
      line.figures,
    ),
  )
  const table = (
    id: ReportTable['id'],
    title: string,
    rowHeader: string,
    rows: TableRow[],
    lines: readonly AttributionLine[],
  ): ReportTable => ({ id, title, note, rowHeader, columns, rows: [...rows, totalRow(lines)] })
  const funnel = attribution.campaigns
  return [
    {
      id: 'attribution-funnel',
      title: 'Från uppsökande till arbete eller studier',
      note: 'Alla kampanjlänkar tillsammans: nådda personer, anmälningar via länkarna, inskrivna och avslutade till arbete eller studier.',
      rowHeader: 'Steg',
      columns: [{ key: 'n', label: 'Antal', kind: 'count' }],
      rows: [
        { key: 'reached', label: 'Nådda personer', values: [funnel.peopleReached] },
        { key: 'referrals', label: 'Anmälningar', values: [funnel.referrals] },
        { key: 'enrolled', label: 'Inskrivna', values: [funnel.enrolled] },
        { key: 'workOrStudies', label: 'Arbete eller studier', values: [funnel.intoWorkOrStudies] },
      ],
    },
    table('attribution-arena', 'Uppsökande per arena', 'Arena', byArena, attribution.byArena),
    table(
      'attribution-activity',
      'Uppsökande per aktivitet',
      'Aktivitet',
      byActivity,
      attribution.byActivity,
    ),
    table(
      'attribution-campaign',
      'Uppsökande per kampanjlänk',
      'Kampanj',
      byCampaign,
      attribution.byCampaign,
    ),
  ]
}
