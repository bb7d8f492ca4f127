import { statusLabels } from '../../domain/staffTexts'
import { isOpenStatus } from '../../domain/workflow'
import { DismissDuplicate } from './DismissDuplicate'
import { type CaseFieldProps, loadDuplicates, loadReferral } from './loaders'
import { CaseSection } from './Section'

/**
 * Referrals that may be the same person, found when one of them came in (both directions). Staff
 * merge (an action above) or dismiss; nothing is merged automatically.
 */
export async function DuplicatesField({ id, req }: CaseFieldProps) {
  const { payload, user } = req
  const referral = id == null || !user ? null : await loadReferral(payload, user, id)
  if (!referral || !user) return null
  const duplicates = await loadDuplicates(payload, user, referral)
  if (duplicates.length === 0) return null
  const admin = payload.config.routes.admin
  return (
    <CaseSection
      id="case-duplicates"
      title="Möjliga dubbletter"
      className="referral-case--duplicates"
    >
      <p>
        Anmälningarna kan gälla samma person. Jämför dem och slå samman med åtgärden ”Slå samman med
        dubblett”, eller markera att det inte är samma person. Inget slås samman automatiskt.
      </p>
      <ul className="case-list">
        {duplicates.map((d) => (
          <li key={String(d.id)} className="case-list__item">
            {d.reference ? (
              <p>
                <a href={`${admin}/collections/referrals/${d.id}`}>{d.reference}</a> – {d.name} ·{' '}
                {d.service}
                {d.status && ` · ${statusLabels[d.status]}`}
              </p>
            ) : (
              <p>En anmälan i en tjänst du inte arbetar med.</p>
            )}
            {isOpenStatus(referral.status) && (
              <DismissDuplicate
                listedOn={d.listedOn}
                remaining={d.remaining}
                reference={d.reference ?? 'anmälan'}
              />
            )}
          </li>
        ))}
      </ul>
    </CaseSection>
  )
}
