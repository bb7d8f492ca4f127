import type { ServerProps } from 'payload'

import { NavGroup } from '@payloadcms/ui'

import { accessLogTexts, queueViewTexts as texts } from '../domain'
import { canReviewAccessLog } from '../operations/accessLog'
import { canImportCaseloadOf } from '../operations/caseloadImport/access'
import { referralScopeOf } from '../operations/intakeQueue'
import { managedUnitsFromAccess } from '../operations/reports'
import { IntakeNavLink } from './queue/IntakeNavLink'

/**
 * Links to the plugin's own admin views, under the collections in the navigation, as nav groups like
 * Payload's own: the queue and the report for users who work with referrals (intake staff and
 * administrators), the report's outreach section for those who manage units' content (outreach staff),
 * the read audit for those who may review it. Nobody else gets a link to a view
 * that would have nothing to show them.
 */
export async function IntakeNavLinks({ payload, user }: ServerProps) {
  const [scope, reviewsLog, managedUnits] = await Promise.all([
    referralScopeOf(payload, user),
    canReviewAccessLog(payload, user),
    managedUnitsFromAccess(payload, user),
  ])
  const worksWithReferrals = scope !== 'none' && scope.length > 0
  const importsCaseload = canImportCaseloadOf(payload, user)
  const { admin: adminRoute } = payload.config.routes
  return (
    <>
      {worksWithReferrals && (
        <NavGroup label={texts.navGroup}>
          <IntakeNavLink href={`${adminRoute}/intake`} id="nav-intake-queue" label={texts.title} />
          <IntakeNavLink
            href={`${adminRoute}/reports`}
            id="nav-follow-up-report"
            label={texts.reports}
          />
          <IntakeNavLink
            href={`${adminRoute}/fidelity`}
            id="nav-fidelity-review"
            label="Programtrohet"
          />
          {importsCaseload && (
            <IntakeNavLink
              href={`${adminRoute}/import`}
              id="nav-caseload-import"
              label="Importera ärenden"
            />
          )}
        </NavGroup>
      )}
      {!worksWithReferrals && managedUnits !== false && (
        <NavGroup label={texts.reports}>
          <IntakeNavLink
            href={`${adminRoute}/reports`}
            id="nav-outreach-report"
            label="Uppsökandets resultat"
          />
        </NavGroup>
      )}
      {reviewsLog && (
        <NavGroup label={accessLogTexts.navGroup}>
          <IntakeNavLink
            href={`${adminRoute}/audit`}
            id="nav-read-audit"
            label={accessLogTexts.title}
          />
        </NavGroup>
      )}
    </>
  )
}
