import type { ComponentProps, ReactNode } from 'react'

import { Pill } from '@payloadcms/ui'

import {
  consentStatusLabels,
  eligibilityOverallLabels,
  priorityLabels,
  queueListLabels,
  referralFlagLabels,
  statusLabels,
  queueViewTexts as texts,
} from '../../domain'
import {
  type IntakeQueue,
  type QueueFlag,
  queueFlags,
  type QueueList,
  queueLists,
  type QueueRow,
} from '../../operations/intakeQueue'
import { formatDay } from './format'

/** Badge colours follow Payload's pill styles; the words carry the meaning, the colour only repeats it. */
const badgeStyles: Record<QueueFlag, ComponentProps<typeof Pill>['pillStyle']> = {
  waitingTooLong: 'error',
  noContact: 'warning',
  reassessmentDue: 'warning',
  possibleDuplicate: 'light-gray',
  contactRequested: 'warning',
}

const listName = (queue: IntakeQueue) => {
  const { filters } = queue
  const isList = (queueLists as readonly string[]).includes(filters.status)
  const list = isList
    ? queueListLabels[filters.status as QueueList]
    : statusLabels[filters.status as Exclude<typeof filters.status, QueueList>]
  const service = queue.services.find((s) => s.id === filters.service)?.name
  return [list, service].filter(Boolean).join(', ')
}

function Badges({ row }: { row: QueueRow }) {
  const shown = queueFlags.filter((flag) => row.flags[flag])
  if (shown.length === 0) return null
  return (
    <ul className="intake-queue__badges">
      {shown.map((flag) => (
        <li key={flag}>
          <Pill pillStyle={badgeStyles[flag]} size="small">
            {referralFlagLabels[flag]}
          </Pill>
        </li>
      ))}
    </ul>
  )
}

/** The columns after the reference, in one place so the header and the cell's label on a phone agree. */
const columns: Array<{ header: string; cell: (row: QueueRow) => ReactNode; className?: string }> = [
  { header: texts.service, cell: (row) => row.service.name },
  { header: texts.status, cell: (row) => statusLabels[row.status] },
  {
    header: texts.receivedAt,
    cell: (row) => <time dateTime={row.receivedAt}>{formatDay(row.receivedAt)}</time>,
    className: 'intake-queue__nowrap',
  },
  {
    header: texts.daysWaiting,
    cell: (row) => (row.daysWaiting === null ? '–' : texts.days(row.daysWaiting)),
    className: 'intake-queue__number intake-queue__nowrap',
  },
  {
    header: texts.queuePosition,
    cell: (row) => row.queuePosition ?? '–',
    className: 'intake-queue__number',
  },
  { header: texts.badges, cell: (row) => <Badges row={row} /> },
  {
    header: texts.eligibility,
    cell: (row) =>
      row.eligibilityOverall ? eligibilityOverallLabels[row.eligibilityOverall] : '–',
  },
  { header: texts.consent, cell: (row) => consentStatusLabels[row.consent] },
  { header: texts.assignee, cell: (row) => row.assignee?.label ?? texts.unassigned },
  {
    header: texts.priority,
    cell: (row) =>
      row.priority === 'high' ? <strong>{priorityLabels.high}</strong> : priorityLabels.normal,
  },
]

/**
 * One page of referrals as a real table: a caption, column headers, and the reference as each row's
 * header. On a phone each row becomes a card (see the styles); the explicit roles keep it a table for
 * screen readers, which drop the semantics of a table whose display is changed.
 */
export function QueueTable({ queue, adminRoute }: { queue: IntakeQueue; adminRoute: string }) {
  if (queue.rows.length === 0) return <p className="intake-queue__empty">{texts.noRows}</p>
  const caption = `${texts.tableCaption}: ${listName(queue)}, ${texts.page.toLowerCase()} ${queue.page}`
  return (
    // A wide table scrolls on its own; the region can take focus, so the keyboard scrolls it too.
    <div
      className="table intake-queue__table"
      role="region"
      aria-labelledby="intake-queue-caption"
      tabIndex={0}
    >
      <table role="table">
        <caption id="intake-queue-caption">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {texts.reference}
            </th>
            {columns.map((column) => (
              <th key={column.header} scope="col" role="columnheader">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {queue.rows.map((row) => (
            <tr key={row.id} role="row">
              <th scope="row" role="rowheader">
                <a href={`${adminRoute}/collections/referrals/${row.id}`}>{row.reference}</a>
              </th>
              {columns.map((column) => (
                <td
                  key={column.header}
                  role="cell"
                  data-label={column.header}
                  className={column.className}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
