import type { Payload } from 'payload'

import type { ReferralSource } from '../../domain/vocabulary'
import type { User } from './caseData'

import { rulesFromStored, type StoredEligibility } from '../../adapters/eligibilityRules'
import { formFromStored, type StoredForm } from '../../adapters/formDefinition'
import { slugs } from '../../defaults'
import { eligibilityOverallLabels, sourceLabels } from '../../domain/staffTexts'
import { answerGroups, criterionRows } from './answers'
import { formatDateTime } from './format'
import { type CaseFieldProps, loadReferral } from './loaders'
import { CaseSection } from './Section'

type Id = number | string

/** The form the person filled in, for its questions' wording; null when it is gone. */
async function formOf(payload: Payload, user: User, id: Id | null | undefined) {
  if (id == null) return null
  const doc = await payload.findByID({
    collection: slugs.referralForms,
    id,
    select: { steps: true },
    locale: 'sv',
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user,
  })
  return doc ? formFromStored(doc as unknown as StoredForm) : null
}

/** The service's own yes/no eligibility questions, by id, in Swedish. */
async function ruleQuestions(
  payload: Payload,
  user: User,
  serviceId: Id,
): Promise<Map<string, string>> {
  const service = await payload.findByID({
    collection: slugs.services,
    id: serviceId,
    select: { eligibility: true },
    locale: 'sv',
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user,
  })
  const rules = rulesFromStored(
    (service as { eligibility?: StoredEligibility } | null)?.eligibility,
  )
  return new Map((rules.questions ?? []).map((q) => [q.id, q.question.sv]))
}

const resultMark = { met: '✓', notMet: '✗', unknown: '?' } as const

/** The applicant's answers, readable, and each eligibility criterion with its result at submission. */
export async function AnswersField({ id, req }: CaseFieldProps) {
  const { payload, user } = req
  const referral = id == null || !user ? null : await loadReferral(payload, user, id)
  if (!referral || !user) return null
  const [form, questions] = await Promise.all([
    formOf(payload, user, referral.form),
    ruleQuestions(payload, user, referral.service),
  ])
  const snapshot = referral.eligibility
  const groups = answerGroups(referral, form)
  return (
    <>
      <CaseSection
        id="case-eligibility"
        title="Behörighet vid anmälan"
        className="referral-case--eligibility"
      >
        {!snapshot ? (
          <p>Ingen behörighetsprövning sparades med anmälan.</p>
        ) : (
          <>
            <p>
              Sammantaget: <strong>{eligibilityOverallLabels[snapshot.overall]}</strong>.
              Vägledande: reglerna stoppar aldrig en anmälan.
            </p>
            <div className="case-table-wrap">
              <table className="case-table">
                <thead>
                  <tr>
                    <th scope="col">Kriterium</th>
                    <th scope="col">Svar i anmälan</th>
                    <th scope="col">Resultat</th>
                  </tr>
                </thead>
                <tbody>
                  {criterionRows(referral, snapshot, questions).map((row) => (
                    <tr key={row.key} className={`case-table__row--${row.status}`}>
                      <th scope="row">{row.label}</th>
                      <td>{row.answer}</td>
                      <td>
                        <span className={`case-result case-result--${row.status}`}>
                          <span aria-hidden="true">{resultMark[row.status]} </span>
                          {row.statusLabel}
                        </span>
                        {row.rule && <span className="case-result__rule">Regel: {row.rule}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </CaseSection>
      <CaseSection id="case-answers" title="Svar i anmälan" className="referral-case--answers">
        <dl className="case-facts">
          <div>
            <dt>Inkom</dt>
            <dd>
              <time dateTime={referral.receivedAt}>{formatDateTime(referral.receivedAt)}</time>
            </dd>
          </div>
          {referral.source && (
            <div>
              <dt>Anmälan från</dt>
              <dd>{sourceLabels[referral.source as ReferralSource] ?? referral.source}</dd>
            </div>
          )}
        </dl>
        {groups.map((group) => (
          <div key={group.title} className="case-answers">
            <h3 className="case-answers__title">{group.title}</h3>
            <dl className="case-answers__list">
              {group.rows.map((row) => (
                <div key={row.key} className="case-answers__row">
                  <dt>{row.label}</dt>
                  <dd>{row.value}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </CaseSection>
    </>
  )
}
