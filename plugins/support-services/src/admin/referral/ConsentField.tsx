import { calendarDate } from '../../domain/dates'
import { partnerNames } from './caseData'
import { ConsentForm } from './ConsentForm'
import { formatDate, listText } from './format'
import { type CaseFieldProps, loadPartners, loadReferral } from './loaders'
import { CaseSection } from './Section'

/** The written consent in force (partners, form version, date, withdrawal) and a form to record a change. */
export async function ConsentField({ id, req }: CaseFieldProps) {
  const { payload, user } = req
  const referral = id == null || !user ? null : await loadReferral(payload, user, id)
  if (!referral || !user) return null
  const consent = referral.consent ?? {}
  const [partners, names] = await Promise.all([
    loadPartners(payload, user),
    partnerNames(payload, user, consent.partners ?? []),
  ])
  const recorded = Boolean(consent.recordedAt)
  const inForce = recorded && !consent.withdrawnAt
  const written = !recorded
    ? 'Inget skriftligt samtycke registrerat'
    : inForce
      ? `Gäller, lämnat ${formatDate(consent.recordedAt!)}`
      : `Återkallat ${formatDate(consent.withdrawnAt!)} (lämnat ${formatDate(consent.recordedAt!)})`
  return (
    <CaseSection id="case-consent" title="Samtycke" className="referral-case--consent">
      <dl className="case-facts">
        <div>
          <dt>Svar i anmälan om samverkan med vården</dt>
          <dd>{consent.collaboration ? 'Ja' : 'Nej'}</dd>
        </div>
        <div>
          <dt>Skriftligt samtycke</dt>
          <dd>{written}</dd>
        </div>
        {recorded && (
          <>
            <div>
              <dt>Parter som samtycket gäller</dt>
              <dd>
                {listText(
                  (consent.partners ?? []).map((p) => names.get(String(p)) ?? 'okänd part'),
                ) || '–'}
              </dd>
            </div>
            <div>
              <dt>Blankettversion</dt>
              <dd>{consent.formVersion || '–'}</dd>
            </div>
          </>
        )}
      </dl>
      {!referral.anonymisedAt && (
        <ConsentForm
          referralId={referral.id}
          partners={partners}
          currentPartners={(consent.partners ?? []).map(String)}
          canWithdraw={inForce}
          today={calendarDate(new Date())}
        />
      )}
    </CaseSection>
  )
}
