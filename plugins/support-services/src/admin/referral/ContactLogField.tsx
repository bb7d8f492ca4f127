import { ContactAttemptForm } from './ContactAttemptForm'
import { formatDateTime } from './format'
import { type CaseFieldProps, loadReferral, loadTimeline } from './loaders'
import { CaseSection } from './Section'

/** Every attempt to reach the person (date, channel, result), newest first, and a form for the next one. */
export async function ContactLogField({ id, req }: CaseFieldProps) {
  const { payload, user } = req
  const referral = id == null || !user ? null : await loadReferral(payload, user, id)
  if (!referral || !user) return null
  const attempts = (await loadTimeline(payload, user, referral.id)).filter(
    (entry) => entry.type === 'contactAttempt',
  )
  return (
    <CaseSection id="case-contacts" title="Kontaktlogg" className="referral-case--contacts">
      {attempts.length === 0 ? (
        <p>Inga kontaktförsök registrerade.</p>
      ) : (
        <ul className="case-list" aria-label="Kontaktförsök, senaste först">
          {attempts.map((entry) => (
            <li key={String(entry.id)} className="case-list__item">
              <p>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> ·{' '}
                {entry.contact?.channel} · <strong>{entry.contact?.result}</strong>
                <span className="case-list__who"> · {entry.actor}</span>
              </p>
              {entry.note && <p className="case-list__note">{entry.note}</p>}
            </li>
          ))}
        </ul>
      )}
      {!referral.anonymisedAt && <ContactAttemptForm referralId={referral.id} />}
    </CaseSection>
  )
}
