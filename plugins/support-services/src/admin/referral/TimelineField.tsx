import { formatDateTime } from './format'
import { type CaseFieldProps, loadReferral, loadTimeline } from './loaders'
import { NoteForm } from './NoteForm'
import { CaseSection } from './Section'

/** Internal notes and the whole history: this referral's events and those of referrals that point to it. */
export async function TimelineField({ id, req }: CaseFieldProps) {
  const { payload, user } = req
  const referral = id == null || !user ? null : await loadReferral(payload, user, id)
  if (!referral || !user) return null
  const entries = await loadTimeline(payload, user, referral.id)
  return (
    <CaseSection
      id="case-history"
      title="Anteckningar och historik"
      className="referral-case--history"
    >
      {!referral.anonymisedAt && <NoteForm referralId={referral.id} />}
      <h3 className="case-actions__title">Historik, senaste först</h3>
      <ol className="case-timeline">
        {entries.map((entry) => (
          <li
            key={String(entry.id)}
            className={`case-timeline__item case-timeline__item--${entry.type}`}
          >
            <p className="case-timeline__when">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              <span className="case-timeline__who"> · {entry.actor}</span>
            </p>
            <p className="case-timeline__what">
              <strong>{entry.title}</strong>
              {entry.summary && `: ${entry.summary}`}
            </p>
            {entry.details.length > 0 && (
              <ul className="case-timeline__details">
                {entry.details.map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            )}
            {entry.reason && <p className="case-timeline__why">Anledning: {entry.reason}</p>}
            {entry.note && <p className="case-timeline__note">{entry.note}</p>}
          </li>
        ))}
      </ol>
    </CaseSection>
  )
}
