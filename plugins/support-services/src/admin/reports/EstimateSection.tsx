import {
  cellText,
  effectsCell,
  estimateAssumedNote,
  estimateAssumptions,
  estimateHeading,
  estimateIntro,
  estimateMissingLabels,
  estimateParameterKeys,
  estimateParameterLabels,
  type EstimateParameters,
  estimateParameterText,
  type MaskedEstimateTable,
  notFromSupportText,
  type SocioEconomicEstimate,
} from '../../domain'
import { ReportTableView } from './ReportTableView'

const kr = (n: number) => `${n.toLocaleString('sv-SE').replace('-', '−')} kr`

/**
 * The socio-economic estimate on the report page: the range first, its tables masked like the rest,
 * the parameters with their sources and the method's assumptions beside them, and (on screen only,
 * for the staff) who was left out for lack of data.
 */
export function EstimateSection({
  estimate,
  parameters,
  tables,
  headingId,
}: {
  estimate: SocioEconomicEstimate
  parameters: EstimateParameters
  tables: MaskedEstimateTable[]
  headingId: string
}) {
  const shown = (rowKey: string) => {
    const { cell, column } = effectsCell(tables, rowKey)
    return cell.value === null ? cellText(cell, column, 'sv') : kr(cell.value)
  }
  return (
    <section aria-labelledby={headingId} className="report-estimate">
      <h2 id={headingId}>{estimateHeading}</h2>
      <p>{estimateIntro}</p>
      <ul className="report-summary" aria-label="Kalkylens intervall">
        <li>
          <span className="report-summary__value">{shown('low')}</span>{' '}
          <span className="report-summary__label">per år för offentliga finanser (lågt)</span>
        </li>
        <li>
          <span className="report-summary__value">{shown('high')}</span>{' '}
          <span className="report-summary__label">per år med produktionsvärdet (högt)</span>
        </li>
      </ul>
      {tables.map((table) => (
        <div className="report-block" key={table.id}>
          <ReportTableView table={table} id={`table-${table.id}`} />
        </div>
      ))}
      {estimate.notFromSupport > 0 ? <p>{notFromSupportText(estimate.notFromSupport)}</p> : null}
      <h3>Parametrar för {parameters.year}</h3>
      {parameters.assumed ? <p>{estimateAssumedNote(parameters.year)}</p> : null}
      <dl className="report-estimate__parameters">
        {estimateParameterKeys.map((key) => (
          <div key={key}>
            <dt>{estimateParameterLabels[key]}</dt>
            <dd>
              {estimateParameterText(key, parameters[key].value)}
              {parameters.assumed ? ' (antagande)' : ''}. {parameters[key].source}
            </dd>
          </div>
        ))}
      </dl>
      <h3>Antaganden</h3>
      <ul>
        {estimateAssumptions.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {estimate.missing.length ? (
        <div className="report-estimate__missing" role="note">
          <h3>Saknar uppgifter (visas bara här, inte i utskrift)</h3>
          <p>
            Dessa personer började arbeta eller studera under perioden men saknar uppgifter och är
            inte med i kalkylen. Fyll i uppgifterna i ärendet.
          </p>
          <ul>
            {estimate.missing.map((m) => (
              <li key={m.reference}>
                {m.reference}: {m.lacks.map((l) => estimateMissingLabels[l]).join(', ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
