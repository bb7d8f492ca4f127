import type { EventRecord } from './timeline'

import { calendarDate } from '../../domain/dates'
import { startEndReasonLabels } from '../../domain/workStarts'
import { type CaseFieldProps, loadEvents, loadReferral } from './loaders'
import { ProfileForm } from './ProfileForm'
import { CaseSection } from './Section'
import { profileLines, startText } from './timeline'
import { MilestoneForm, WorkEndForm, WorkStartForm } from './WorkForms'

const first = (events: readonly EventRecord[], type: EventRecord['type']) =>
  events
    .filter((e) => e.type === type && e.date)
    .map((e) => e.date!)
    .sort()[0]

/**
 * A participant's road to work: the first employer contact, the action plan, and every start in work
 * or studies with its end; a form for each. Shown once the person is enrolled (or has such records).
 */
export async function WorkField({ id, req }: CaseFieldProps) {
  const { payload, user } = req
  const referral = id == null || !user ? null : await loadReferral(payload, user, id)
  if (!referral || !user) return null
  const events = (await loadEvents(payload, user, referral.id)).filter(
    (e) => String(e.referral) === String(referral.id),
  )
  const starts = events
    .filter((e) => e.type === 'workStart')
    .sort((a, b) => (a.date! < b.date! ? 1 : -1))
  if (!referral.enrolledAt && starts.length === 0) return null
  const ends = new Map(
    events
      .filter((e) => e.type === 'workEnd' && e.workEnd?.start != null)
      .map((e) => [String(e.workEnd!.start), e]),
  )
  // The latest profile counts; saving again replaces it.
  const profile = events
    .filter((e) => e.type === 'profile')
    .sort((a, b) => (a.at < b.at ? 1 : -1))[0]?.profile
  const employerContact = first(events, 'employerContact')
  const actionPlan = first(events, 'actionPlan')
  const today = calendarDate(new Date())
  const open = !referral.anonymisedAt
  return (
    <CaseSection id="case-work" title="Arbete och studier" className="referral-case--work">
      <dl className="case-facts">
        <div>
          <dt>Första arbetsgivarkontakt</dt>
          <dd>{employerContact ?? 'Inte registrerad'}</dd>
        </div>
        <div>
          <dt>Handlingsplan upprättad</dt>
          <dd>{actionPlan ?? 'Inte registrerad'}</dd>
        </div>
      </dl>
      <h3 className="case-form__legend">Profil vid inskrivning</h3>
      {profile ? (
        <ul className="case-list" aria-label="Profil vid inskrivning">
          {profileLines(profile).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>Ingen profil registrerad.</p>
      )}
      {starts.length === 0 ? (
        <p>Inga starter i arbete eller studier registrerade.</p>
      ) : (
        <ul className="case-list" aria-label="Starter i arbete eller studier, senaste först">
          {starts.map((start) => {
            const end = ends.get(String(start.id))
            const label = `${start.date}: ${startText(start.workStart)}`
            return (
              <li key={String(start.id)} className="case-list__item">
                <p>
                  <strong>{label}</strong>
                  {end
                    ? ` · upphörde ${end.date}${end.workEnd?.reason ? ` (${startEndReasonLabels[end.workEnd.reason]})` : ''}`
                    : ' · pågår'}
                </p>
                {!end && open && (
                  <details>
                    <summary>Registrera att starten upphört</summary>
                    <WorkEndForm
                      referralId={referral.id}
                      startId={start.id}
                      startLabel={label}
                      today={today}
                    />
                  </details>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {open && (
        <>
          <WorkStartForm referralId={referral.id} today={today} />
          {referral.enrolledAt && (
            <details>
              <summary>{profile ? 'Ändra profilen' : 'Registrera profil vid inskrivning'}</summary>
              <ProfileForm
                referralId={referral.id}
                hasBirthDate={Boolean(referral.applicant?.dateOfBirth)}
              />
            </details>
          )}
          {!employerContact && (
            <MilestoneForm
              referralId={referral.id}
              type="employerContact"
              legend="Första arbetsgivarkontakt"
              submitLabel="Spara arbetsgivarkontakt"
              today={today}
            />
          )}
          {!actionPlan && (
            <MilestoneForm
              referralId={referral.id}
              type="actionPlan"
              legend="Handlingsplan upprättad"
              submitLabel="Spara handlingsplan"
              today={today}
            />
          )}
        </>
      )}
    </CaseSection>
  )
}
