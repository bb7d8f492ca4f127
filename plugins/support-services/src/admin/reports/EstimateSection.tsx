import {
  cellText,
  estimateMissingLabels,
  type EstimateParameterKey,
  estimateParameterKeys,
  estimateParameterLabels,
  type EstimateParameters,
  formatPublicCount,
  type MaskedEstimateTable,
  publicCount,
  type SocioEconomicEstimate,
} from '../../domain'
import { ReportTableView } from './ReportTableView'

const parameterText = (key: EstimateParameterKey, value: number) =>
  key === 'taxRate'
    ? `${(value * 100).toLocaleString('sv-SE', { maximumFractionDigits: 2 })} %`
    : value.toLocaleString('sv-SE', { maximumFractionDigits: 2 })

/** The method's own assumptions, from [003], beside the editable parameters. */
const methodAssumptions = [
  'Räknas för deltagare som gick från offentlig försörjning (försörjningsstöd, sjuk- eller aktivitetsersättning, aktivitetsstöd) till arbete eller studier under perioden och inte hade slutat vid periodens slut.',
  'Hela ersättningen före antas upphöra, och läget antas bestå ett år (12 månader, 52 veckor). [003] antar att minst hälften behåller sin försörjning över tid.',
  'Skatten före räknas med samma skattesats på skattepliktig ersättning (försörjningsstöd är skattefritt). Vid studier räknas ingen ändring av skatten, som i [003].',
  'Produktionsvärdet är lönen med arbetsgivarens avgifter och tillförs BNP; det är ingen besparing i offentliga finanser och ingår därför bara i det höga värdet.',
  'Lönestöd räknas av i sin helhet i båda värdena. Minskat boendestöd är frigjord tid för andra brukare, inte en minskad kostnad för personalen.',
  'Inga andra effekter räknas (handläggning, vård), och ingen jämförelse med vad som hade hänt utan stödet görs.',
]

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
  const effects = tables.find((t) => t.id === 'estimate-effects')!
  const shown = (rowKey: string) => {
    const r = effects.rows.findIndex((row) => row.key === rowKey)
    const c = effects.columns.findIndex((column) => column.key === 'yearly')
    const cell = effects.cells[r][c]
    return cell.value === null ? cellText(cell, effects.columns[c], 'sv') : kr(cell.value)
  }
  const others = publicCount(estimate.notFromSupport)
  return (
    <section aria-labelledby={headingId} className="report-estimate">
      <h2 id={headingId}>Samhällsekonomisk kalkyl</h2>
      <p>
        Enligt metoden i Hudiksvalls utvärdering av IPS [003], tabell 3 och 4. Ett ungefärligt värde
        per år, inte ett utfall: antagandena står under tabellerna.
      </p>
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
      {estimate.notFromSupport > 0 ? (
        <p>
          Inte med i kalkylen: {formatPublicCount(others)} personer som började arbeta eller studera
          men inte hade offentlig försörjning före.
        </p>
      ) : null}
      <h3>Parametrar för {parameters.year}</h3>
      {parameters.assumed ? (
        <p>
          Inga parametrar är sparade för {parameters.year}: kalkylen använder antagandena från
          [003]. En administratör kan ange årets värden under Kalkylparametrar.
        </p>
      ) : null}
      <dl className="report-estimate__parameters">
        {estimateParameterKeys.map((key) => (
          <div key={key}>
            <dt>{estimateParameterLabels[key]}</dt>
            <dd>
              {parameterText(key, parameters[key].value)}
              {parameters.assumed ? ' (antagande)' : ''}. {parameters[key].source}
            </dd>
          </div>
        ))}
      </dl>
      <h3>Antaganden</h3>
      <ul>
        {methodAssumptions.map((text) => (
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
