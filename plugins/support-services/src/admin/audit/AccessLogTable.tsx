import type { ReactNode } from 'react'

import {
  readChannelLabels,
  readCollectionLabels,
  readOperationLabels,
  accessLogTexts as texts,
} from '../../domain'
import {
  type AccessLogPage,
  type AccessLogRow,
  formatSwedishTime,
} from '../../operations/accessLog'

/** The columns after the time, in one place so the header and the cell's label on a phone agree. */
const columns = (
  adminRoute: string,
): Array<{ header: string; cell: (row: AccessLogRow) => ReactNode; className?: string }> => [
  {
    header: texts.userColumn,
    cell: (row) =>
      row.through === 'statusPage'
        ? texts.applicant
        : (row.userEmail ?? `${texts.removedUser} (${row.userId})`),
  },
  {
    header: texts.referralColumn,
    cell: (row) =>
      row.referralId == null ? (
        '–'
      ) : (
        <a href={`${adminRoute}/collections/referrals/${row.referralId}`}>
          {row.referralReference ?? `${texts.unknownReferral} (${row.referralId})`}
        </a>
      ),
    className: 'intake-queue__nowrap',
  },
  { header: texts.readColumn, cell: (row) => readCollectionLabels[row.readCollection] },
  { header: texts.operationColumn, cell: (row) => readOperationLabels[row.operation] },
  { header: texts.channelColumn, cell: (row) => readChannelLabels[row.through] },
]

/**
 * One page of the log as a real table, newest first: a caption, column headers, and the time as each
 * row's header. On a phone each row becomes a card, as in the intake queue.
 */
export function AccessLogTable({ log, adminRoute }: { log: AccessLogPage; adminRoute: string }) {
  if (log.rows.length === 0) return <p className="intake-queue__empty">{texts.noRows}</p>
  const shown = columns(adminRoute)
  return (
    <div
      className="table intake-queue__table"
      role="region"
      aria-labelledby="access-log-caption"
      tabIndex={0}
    >
      <table role="table">
        <caption id="access-log-caption">{`${texts.tableCaption}, ${texts.page.toLowerCase()} ${log.page}`}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {texts.at}
            </th>
            {shown.map((column) => (
              <th key={column.header} scope="col" role="columnheader">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {log.rows.map((row) => (
            <tr key={row.id} role="row">
              <th scope="row" role="rowheader">
                <time dateTime={row.at}>{formatSwedishTime(row.at)}</time>
              </th>
              {shown.map((column) => (
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
