/** Work and studies started during support, as report tables. */
import type { ByGender } from './figures'
import type { ReportTable, TableColumn, TableRow } from './tables'

import { genderLabels } from '../staffTexts'
import { genders } from '../vocabulary'
import {
  type SchoolKind,
  schoolKindLabels,
  sniSections,
  sniSectionText,
  startKindLabels,
} from '../workStarts'
import { share, sum } from './arithmetic'
import { dateLabel } from './labels'
import { type SpeedFigures, type StartFigures, type StartKindKey, startKindKeys } from './starts'

const count = (key: string, label: string): TableColumn => ({ key, label, kind: 'count' })
const genderColumns = (): TableColumn[] => [
  ...genders.map((g) => count(g, genderLabels[g])),
  count('total', 'Totalt'),
]
const genderValues = (c: ByGender) => [...genders.map((g) => c[g]), c.total]
const totalOf = (rows: readonly TableRow[], columns: readonly TableColumn[]): TableRow => ({
  key: 'total',
  label: 'Totalt',
  values: columns.map((c, i) => (c.kind === 'count' ? sum(rows.map((r) => r.values[i] ?? 0)) : 0)),
  total: true,
})

const kindLabel = (key: StartKindKey) =>
  key.startsWith('studies-')
    ? `Studier: ${schoolKindLabels[key.slice('studies-'.length) as SchoolKind]}`
    : startKindLabels[key as keyof typeof startKindLabels]

function startedTable(starts: StartFigures, supported: ByGender): ReportTable {
  return {
    id: 'starts-started',
    title: 'Deltagare som började arbeta eller studera under perioden',
    note: 'Av alla som fick stöd under perioden: de som började ett arbete, eget företag eller studier under perioden. Den som började flera gånger räknas en gång.',
    rowHeader: 'Kön',
    columns: [
      count('supported', 'Fick stöd under perioden'),
      count('started', 'Började arbeta eller studera'),
      { key: 'share', label: 'Andel', kind: 'share', from: ['started', 'supported'] },
    ],
    rows: [...genders, 'total' as const].map((g) => ({
      key: g,
      label: g === 'total' ? 'Totalt' : genderLabels[g],
      values: [supported[g], starts.started[g], share(starts.started[g], supported[g])],
      total: g === 'total',
    })),
  }
}

function speedTable(starts: StartFigures): ReportTable {
  const goal = starts.goalDays
  const row = (key: string, label: string, f: SpeedFigures): TableRow => ({
    key,
    label,
    values: [f.n, f.withinGoal, f.shareWithinGoal, f.medianDays, f.p90Days],
  })
  return {
    id: 'starts-speed',
    title: 'Tid från inskrivning till första arbetsgivarkontakt och första start',
    note: `Deltagare vars första arbetsgivarkontakt, eller första start i arbete eller studier, kom under perioden, räknat i kalenderdagar från inskrivningen. Snabb jobbsökning: en arbetsgivarkontakt inom ${goal} dagar.`,
    rowHeader: 'Från inskrivning till',
    columns: [
      count('n', 'Deltagare'),
      count('withinGoal', `Inom ${goal} dagar`),
      { key: 'share', label: `Andel inom ${goal} dagar`, kind: 'share', from: ['withinGoal', 'n'] },
      { key: 'median', label: 'Median, dagar', kind: 'days', from: ['n'] },
      { key: 'p90', label: '90:e percentilen, dagar', kind: 'days', from: ['n'] },
    ],
    rows: [
      row('employerContact', 'Första arbetsgivarkontakt', starts.toEmployerContact),
      row('start', 'Första start i arbete eller studier', starts.toFirstStart),
    ],
  }
}

function kindTable(starts: StartFigures): ReportTable {
  const columns = genderColumns()
  const rows = startKindKeys.map((key) => ({
    key,
    label: kindLabel(key),
    values: genderValues(starts.byKind[key]),
  }))
  return {
    id: 'starts-kind',
    title: 'Starter i arbete eller studier efter slag och kön',
    note: 'Varje start under perioden: den som började två arbeten räknas två gånger.',
    rowHeader: 'Slag',
    columns,
    rows: [...rows, totalOf(rows, columns)],
    rowSum: { total: 'total', parts: [...genders] },
  }
}

function sectorTable(starts: StartFigures): ReportTable {
  const columns = [count('n', 'Starter')]
  const rows = [...sniSections, 'notStated' as const]
    .filter((s) => starts.bySector[s] > 0)
    .map((s) => ({
      key: s,
      label: s === 'notStated' ? 'Ej angiven' : sniSectionText(s),
      values: [starts.bySector[s]],
    }))
  return {
    id: 'starts-sector',
    title: 'Starter i arbete efter arbetsgivarens bransch',
    note: 'Arbete och eget företag under perioden, efter bransch enligt SNI 2007. Arbetsgivarens namn finns aldrig i rapporten; branscher utan starter visas inte.',
    rowHeader: 'Bransch (SNI)',
    columns,
    rows: [...rows, totalOf(rows, columns)],
  }
}

function tenureTable(starts: StartFigures, to: string): ReportTable {
  return {
    id: 'starts-tenure',
    title: 'Starter i arbete som varade 3 och 6 månader',
    note: `Arbete och eget företag som började under perioden, så långt det är känt den ${dateLabel(to)}. Den som inte hunnit arbeta 3 (6) månader då och inte slutat räknas som ännu inte känd, inte som avbruten. Andelen räknas av de kända.`,
    rowHeader: 'Varade',
    columns: [
      count('starts', 'Starter'),
      count('lasted', 'Varade'),
      count('endedBefore', 'Slutade före'),
      count('notYetKnown', 'Ännu inte känt'),
      { key: 'share', label: 'Andel som varade', kind: 'share', from: ['lasted', 'endedBefore'] },
    ],
    rows: starts.tenure.map((t) => ({
      key: `months-${t.months}`,
      label: `${t.months} månader`,
      values: [
        t.starts,
        t.lasted,
        t.endedBefore,
        t.notYetKnown,
        share(t.lasted, t.lasted + t.endedBefore),
      ],
    })),
    rowSum: { total: 'starts', parts: ['lasted', 'endedBefore', 'notYetKnown'] },
  }
}

/** The starts' tables, in the order of the printed report. */
export const startTables = (
  starts: StartFigures,
  supported: ByGender,
  to: string,
): ReportTable[] => [
  startedTable(starts, supported),
  speedTable(starts),
  kindTable(starts),
  sectorTable(starts),
  tenureTable(starts, to),
]
