import { calendarDate } from '../../domain/dates'
import { caseStatuses, type Status } from '../../domain/workflow'
import { formatDate } from './format'
import { type CaseFieldProps, loadReferral, loadTimeline } from './loaders'
import { ReassessmentForm } from './ReassessmentForm'
import { CaseSection } from './Section'

const inCase = (status: Status) => (caseStatuses as readonly Status[]).includes(status)

/** Enrolled and active cases are re-assessed: the next date, the last result, and the form for the next one. */
export async function ReassessmentField({ id, req }: CaseFieldProps) {
  const { payload, user } = req
  const referral = id == null || !user ? null : await loadReferral(payload, user, id)
  if (!referral || !user || !inCase(referral.status)) return null
  const now = new Date()
  const today = calendarDate(now)
  const next = referral.nextReassessmentAt ? formatDate(referral.nextReassessmentAt) : null
  const last = (await loadTimeline(payload, user, referral.id)).find(
    (entry) => entry.type === 'reassessment',
  )
  return (
    <CaseSection id="case-reassessment" title="Omprövning" className="referral-case--reassessment">
      <dl className="case-facts">
        <div>
          <dt>Nästa omprövning</dt>
          <dd>{next ? `${next}${next <= today ? ' (dags nu)' : ''}` : 'Inget datum satt'}</dd>
        </div>
        {last && (
          <div>
            <dt>Senaste omprövning</dt>
            <dd>
              {formatDate(last.at)}: {last.summary}
              {last.reason && ` – ${last.reason}`}
            </dd>
          </div>
        )}
      </dl>
      <ReassessmentForm
        referralId={referral.id}
        earliest={calendarDate(new Date(now.getTime() + 86_400_000))}
      />
    </CaseSection>
  )
}
