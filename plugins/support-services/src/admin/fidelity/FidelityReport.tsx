import type { StoredReview } from '../../operations/fidelity/reviews'

import {
  compareReviews,
  dateLabel,
  type FidelityBand,
  fidelityBandLabels,
  fidelityBandTexts,
  fidelityGroupLabels,
  fidelityGroups,
  fidelityItemByKey,
  fidelityItemNumber,
  fidelityItems,
  maxTotal,
  reviewResult,
  type Suggestion,
} from '../../domain'

const signed = (n: null | number) => (n == null ? '–' : n > 0 ? `+${n}` : String(n))

/** The total and band, or how far an unfinished review has come and what it lacks. */
export function ReviewResultText({ review }: { review: Pick<StoredReview, 'scores'> }) {
  const result = reviewResult(review.scores)
  if (result.band) {
    const band = result.band as FidelityBand
    return (
      <p className="fidelity-result">
        <strong>
          {result.total} av {maxTotal} poäng: {fidelityBandLabels[band]}
        </strong>{' '}
        – {fidelityBandTexts[band]}.
      </p>
    )
  }
  return (
    <div className="fidelity-result">
      <p>
        <strong>
          Ofullständig: {result.scored} av {fidelityItems.length} punkter bedömda, {result.total}{' '}
          poäng hittills.
        </strong>{' '}
        Nivån visas när alla punkter har poäng.
      </p>
      <details>
        <summary>Punkter som saknar poäng ({result.missing.length})</summary>
        <ul>
          {result.missing.map((key) => (
            <li key={key}>
              {fidelityItemNumber(key)} {fidelityItemByKey.get(key)?.name}
            </li>
          ))}
        </ul>
      </details>
    </div>
  )
}

/**
 * The review as a report: per item the score, the previous review's score and the change, the figure
 * from the records, and the note; the totals at the foot. On screen it is the comparison; printed, the
 * review report.
 */
export function FidelityReport(props: {
  serviceName: string
  review: StoredReview
  reviewerNames: string[]
  previous: null | StoredReview
  suggestions: Record<string, Suggestion>
  period: { from: string; to: string }
}) {
  const { serviceName, review, reviewerNames, previous, suggestions, period } = props
  const rows = compareReviews(review.scores, previous?.scores ?? [])
  const note = (key: string) => review.scores.find((s) => s.item === key)?.note
  const previousTotal = previous ? reviewResult(previous.scores) : null
  const total = reviewResult(review.scores)
  return (
    <section className="fidelity-report" aria-labelledby="fidelity-report-title">
      <h2 id="fidelity-report-title">
        Programtrohetsmätning IPS: {serviceName}, {dateLabel(review.date)}
      </h2>
      <p>
        Granskare: {reviewerNames.length ? reviewerNames.join(', ') : 'inte angivna'}. Underlag ur
        registren för {dateLabel(period.from)} – {dateLabel(period.to)}.
        {previous
          ? ` Jämförs med mätningen ${dateLabel(previous.date)}.`
          : ' Ingen tidigare mätning av tjänsten att jämföra med.'}
      </p>
      <ReviewResultText review={review} />
      {fidelityGroups.map((group) => (
        <table className="fidelity-table" key={group}>
          <caption>{fidelityGroupLabels[group]}</caption>
          <thead>
            <tr>
              <th scope="col">Punkt</th>
              <th scope="col">Poäng</th>
              <th scope="col">Förra</th>
              <th scope="col">Ändring</th>
              <th scope="col">Underlag ur registren</th>
              <th scope="col">Anteckning</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((r) => fidelityItemByKey.get(r.item)?.group === group)
              .map((r) => (
                <tr key={r.item}>
                  <th scope="row">
                    {fidelityItemNumber(r.item)} {fidelityItemByKey.get(r.item)?.name}
                  </th>
                  <td>{r.score ?? '–'}</td>
                  <td>{r.previous ?? '–'}</td>
                  <td>{signed(r.change)}</td>
                  <td>{suggestions[r.item]?.figure ?? ''}</td>
                  <td>{note(r.item) ?? ''}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
      <table className="fidelity-table fidelity-table--total">
        <caption>Summa</caption>
        <thead>
          <tr>
            <th scope="col">Mätning</th>
            <th scope="col">Bedömda punkter</th>
            <th scope="col">Poäng</th>
            <th scope="col">Nivå</th>
          </tr>
        </thead>
        <tbody>
          {[
            { label: dateLabel(review.date), result: total },
            ...(previous && previousTotal
              ? [{ label: dateLabel(previous.date), result: previousTotal }]
              : []),
          ].map(({ label, result }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                {result.scored} av {fidelityItems.length}
              </td>
              <td>
                {result.total} av {maxTotal}
              </td>
              <td>{result.band ? fidelityBandLabels[result.band] : 'Ofullständig'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
