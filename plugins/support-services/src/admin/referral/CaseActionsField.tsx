import { allowedTransitions, isOpenStatus } from '../../domain/workflow'
import { CaseActions } from './CaseActions'
import { type Choice, staffNames } from './caseData'
import {
  type CaseFieldProps,
  loadDuplicates,
  loadPartners,
  loadReferral,
  loadServices,
} from './loaders'
import { CaseSection } from './Section'

/** Status and actions: only the moves the workflow table allows from the referral's status. */
export async function CaseActionsField({ id, req, access }: CaseFieldProps) {
  const { payload, user } = req
  const referral = id == null || !user ? null : await loadReferral(payload, user, id)
  if (!referral || !user) return null
  if (referral.anonymisedAt) {
    return (
      <CaseSection id="case-actions" title="Status och åtgärder" className="referral-case--actions">
        <p>
          Anmälan är anonymiserad: personuppgifterna är borttagna och den kan inte ändras eller
          öppnas igen.
        </p>
      </CaseSection>
    )
  }
  const [services, partners, duplicates, names] = await Promise.all([
    loadServices(payload, user),
    loadPartners(payload, user),
    loadDuplicates(payload, user, referral),
    staffNames(payload, referral.assignee != null ? [referral.assignee] : []),
  ])
  const scope = access?.referralScope(user) ?? 'all'
  const inScope = (serviceId: Choice['id']) =>
    scope === 'all' || (scope !== 'none' && scope.some((s) => String(s) === String(serviceId)))
  const mergeTargets = duplicates
    .filter((d) => d.reference && d.status && isOpenStatus(d.status))
    .map((d) => ({ id: d.id, name: `${d.reference} – ${d.name ?? ''}`.trim() }))
  const moves = allowedTransitions(referral.status)
    .filter((t) => t.action !== 'merge' || mergeTargets.length > 0)
    .map(({ action, to, requires }) => ({ action, to, requires }))
  const me = { id: user.id, name: String((user as { name?: string }).name ?? user.email) }
  const isCurrent = (s: Choice) => String(s.id) === String(referral.service)
  const moveTargets = services.filter((s) => !isCurrent(s) && s.status !== 'closed')

  return (
    <CaseSection id="case-actions" title="Status och åtgärder" className="referral-case--actions">
      <CaseActions
        referralId={referral.id}
        status={referral.status}
        serviceName={services.find(isCurrent)?.name ?? '–'}
        moves={moves}
        partners={partners}
        services={moveTargets.map((s) => ({ id: s.id, name: s.name, inScope: inScope(s.id) }))}
        canMoveService={isOpenStatus(referral.status)}
        mergeTargets={mergeTargets}
        assignee={
          referral.assignee != null
            ? {
                id: referral.assignee,
                name: names.get(String(referral.assignee)) ?? 'Okänd användare',
              }
            : null
        }
        me={me}
        queueUrl={`${payload.config.routes.admin}/intake`}
      />
    </CaseSection>
  )
}
