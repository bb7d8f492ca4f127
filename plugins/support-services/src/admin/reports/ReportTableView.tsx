import { cellText, type MaskedTable } from '../../domain'

/**
 * One table of the report, as shown and printed: masked cells, a caption, a note and its CSV link
 * (when it has one).
 */
export function ReportTableView({
  table,
  csvHref,
  id,
}: {
  table: Omit<MaskedTable, 'id'>
  csvHref?: string
  id: string
}) {
  if (table.rows.length === 0) {
    return (
      <div className="report-block" id={id}>
        <h3>{table.title}</h3>
        <p>Inget att visa för perioden.</p>
      </div>
    )
  }
  return (
    <div className="report-table-wrap">
      <table className="report-table" id={id}>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={row.key} className={row.total ? 'report-table__total' : undefined}>
              <th scope="row">{row.label}</th>
              {table.columns.map((column, c) => {
                const text = cellText(table.cells[r][c], column, 'sv')
                const hidden = table.cells[r][c].hidden
                return (
                  <td
                    key={column.key}
                    title={
                      hidden === 'small'
                        ? 'Färre än 5'
                        : hidden
                          ? 'Dolt så att ett litet tal inte kan räknas fram'
                          : undefined
                    }
                  >
                    {text}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {table.note ? <p className="report-table__note">{table.note}</p> : null}
      {csvHref ? (
        <a className="report-table__csv" href={csvHref} download>
          Ladda ner tabellen som CSV<span className="report-sr-only">: {table.title}</span>
        </a>
      ) : null}
    </div>
  )
}
