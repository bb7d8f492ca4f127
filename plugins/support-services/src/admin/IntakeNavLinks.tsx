import { NavGroup } from '@payloadcms/ui'
import type { ServerProps } from 'payload'

import { queueViewTexts as texts } from '../domain'
import { referralScopeOf } from '../operations/intakeQueue'
import { IntakeNavLink } from './queue/IntakeNavLink'

/**
 * Links to the plugin's own admin views, under the collections in the navigation, as a nav group like
 * Payload's own. Only for users who work with referrals (intake staff and administrators): the views
 * would have nothing to show anyone else.
 */
export async function IntakeNavLinks({ payload, user }: ServerProps) {
  const scope = await referralScopeOf(payload, user)
  if (scope === 'none' || scope.length === 0) return null
  const { admin: adminRoute } = payload.config.routes
  return (
    <NavGroup label={texts.navGroup}>
      <IntakeNavLink href={`${adminRoute}/intake`} id="nav-intake-queue" label={texts.title} />
      <IntakeNavLink href={`${adminRoute}/reports`} id="nav-follow-up-report" label={texts.reports} />
    </NavGroup>
  )
}
