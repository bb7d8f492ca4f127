/**
 * The report's figures against the board's targets (see targets.ts), per service and for all the chosen
 * services: people supported, closed into work or studies, the queue against the longest wait. The
 * targets are not about people ("plain", or a share computed from no count): they are never masked.
 */
import type { FollowUpReport } from './figures'
import type { ReportNames, ReportTable, TableColumn, TableRow } from './tables'

import { share, sum } from './arithmetic'
import { susRefs } from './susTables'

const count = (key: string, label: string): TableColumn => ({ key, label, kind: 'count' })

/** The figures of one service, or of all of them (`serviceId` null), that the target tables show. */
interface Figures {
  supported: number
  closed: number
  into: number
  waiting: number
  waitingOver: number | null
  peopleTarget: number | null
  shareTarget: number | null
  waitTarget: number | null
}

function figuresOf(report: FollowUpReport): { serviceId: number; figures: Figures }[] {
  return report.serviceIds.map((serviceId) => {
    const sus = report.sus.byService.find((s) => s.serviceId === serviceId)
    const target = report.targets.byService.find((t) => t.serviceId === serviceId)
    return {
      serviceId,
      figures: {
        supported: sus?.participants ?? 0,
        closed: sus?.closedInPeriod ?? 0,
        into: sus?.intoWorkOrStudies ?? 0,
        waiting: report.queueAtEnd.find((q) => q.serviceId === serviceId)?.waiting ?? 0,
        waitingOver: target?.waitingOverTarget ?? null,
        peopleTarget: target?.peopleSupported ?? null,
        shareTarget: target?.shareIntoWorkOrStudies ?? null,
        waitTarget: target?.maxWaitDays ?? null,
      },
    }
  })
}

function totalFigures(report: FollowUpReport, each: readonly Figures[]): Figures {
  const { all } = report.targets
  const total = (key: 'supported' | 'closed' | 'into' | 'waiting') => sum(each.map((f) => f[key]))
  return {
    supported: total('supported'),
    closed: total('closed'),
    into: total('into'),
    waiting: total('waiting'),
    waitingOver: all.waitingOverTarget,
    peopleTarget: all.peopleSupported,
    shareTarget: all.shareIntoWorkOrStudies,
    waitTarget: all.maxWaitDays,
  }
}

/** A row per service, and a total row when there are several (refs: figures other tables show). */
function rows(
  report: FollowUpReport,
  names: ReportNames,
  values: (f: Figures) => (number | null)[],
  refs: (string | null)[],
): TableRow[] {
  const services = figuresOf(report)
  const several = services.length > 1
  const each: TableRow[] = services.map(({ serviceId, figures }) => ({
    key: `service-${serviceId}`,
    label: names.service(serviceId),
    values: values(figures),
    ...(!several && { refs }),
  }))
  if (!several) return each
  const all = totalFigures(
    report,
    services.map((s) => s.figures),
  )
  return [
    ...each,
    { key: 'total', label: 'Alla valda tjänster', values: values(all), total: true, refs },
  ]
}

/** The row the key figures read: all services' when there are several, else the one service's. */
export const keyFigureRow = (table: { rows: readonly TableRow[] }) =>
  table.rows.find((r) => r.total) ?? table.rows[0]

export function targetTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const { years } = report.targets
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0])
  const endYear = years[years.length - 1]
  return [
    {
      id: 'targets-supported',
      title: 'Personer som fick stöd mot målet',
      note: `Deltagare någon gång under perioden mot målet för ${span}. Målet gäller hela år och räknas inte om för en kortare period: under året visar andelen hur långt året har kommit. Flera år jämförs med summan av årens mål. Utan mål för varje år och tjänst visas inget mål.`,
      rowHeader: 'Tjänst',
      columns: [
        count('supported', 'Fick stöd under perioden'),
        { key: 'target', label: `Mål ${span}`, kind: 'plain' },
        { key: 'share', label: 'Andel av målet', kind: 'share', from: ['supported'] },
      ],
      rows: rows(
        report,
        names,
        (f) => [
          f.supported,
          f.peopleTarget,
          f.peopleTarget === null ? null : share(f.supported, f.peopleTarget),
        ],
        [`${susRefs.participants}:total`, null, null],
      ),
    },
    {
      id: 'targets-work-or-studies',
      title: 'Avslutade till arbete eller studier mot målet',
      note: 'Deltagare som avslutades under perioden, som i SUS. Målet för flera år vägs efter periodens dagar i varje år; för flera tjänster efter deras mål för antal personer med stöd.',
      rowHeader: 'Tjänst',
      columns: [
        count('closed', 'Avslutade under perioden'),
        count('into', 'Till arbete eller studier'),
        {
          key: 'share',
          label: 'Andel till arbete eller studier',
          kind: 'share',
          from: ['into', 'closed'],
        },
        // A target, computed from no count: never hidden.
        { key: 'target', label: 'Mål, andel', kind: 'share' },
      ],
      rows: rows(report, names, (f) => [f.closed, f.into, share(f.into, f.closed), f.shareTarget], [
        `${susRefs.closed}:total`,
        `${susRefs.into}:total`,
        null,
        null,
      ]),
    },
    {
      id: 'targets-wait',
      title: 'Kön mot målet för längsta väntan',
      note: `I kö vid periodens slut och hur många av dem som väntat längre än tjänstens mål för ${endYear}. Väntetiden räknas från dagen anmälan kom in.`,
      rowHeader: 'Tjänst',
      columns: [
        count('waiting', 'I kö'),
        count('over', 'Väntat längre än målet'),
        { key: 'share', label: 'Andel längre än målet', kind: 'share', from: ['over', 'waiting'] },
        { key: 'target', label: `Mål ${endYear}: högst antal dagar`, kind: 'plain' },
      ],
      rows: rows(
        report,
        names,
        (f) => [
          f.waiting,
          f.waitingOver,
          f.waitingOver === null ? null : share(f.waitingOver, f.waiting),
          f.waitTarget,
        ],
        [null, null, null, null],
      ),
    },
  ]
}
