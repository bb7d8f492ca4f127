import type { Config, PayloadRequest, WidgetWidth } from 'payload'

import type { SupportServicesAccess } from '../../types'

import { workWidgetTexts } from '../../domain'

export const intakeWorkWidgetSlug = 'intake-work'

type Dashboard = NonNullable<NonNullable<Config['admin']>['dashboard']>
// Payload types layouts by the host's generated widget slugs, which the plugin cannot know.
type Layout = Array<{ widgetSlug: string; width: WidgetWidth; data?: Record<string, unknown> }>
type LayoutOf = (args: { req: PayloadRequest }) => Promise<Layout>

/** Payload's own default when the host sets none: the grid of collection cards. */
const collectionCards: Layout = [{ widgetSlug: 'collections', width: 'full' }]

/**
 * The admin's start page: those who work with referrals land on their intake work; administrators
 * see the collection cards below it, intake staff only their work; everyone else keeps the host's
 * layout. A user who rearranges the dashboard keeps their own (Payload stores it per user).
 */
export const withIntakeDashboard = (
  dashboard: Dashboard | undefined,
  access: SupportServicesAccess,
): Dashboard => {
  const hostLayout = (dashboard?.defaultLayout ?? collectionCards) as Layout | LayoutOf
  const defaultLayout: LayoutOf = async ({ req }) => {
    const host = typeof hostLayout === 'function' ? await hostLayout({ req }) : hostLayout
    const scope = access.referralScope(req.user)
    if (scope === 'none' || scope.length === 0) return host
    const work = { widgetSlug: intakeWorkWidgetSlug, width: 'full' as const }
    return access.canManageServices(req.user) ? [work, ...host] : [work]
  }
  return {
    ...dashboard,
    widgets: [
      ...(dashboard?.widgets ?? []),
      {
        slug: intakeWorkWidgetSlug,
        Component: '@stodportalen/support-services/rsc#IntakeWorkWidget',
        label: workWidgetTexts.label,
        minWidth: 'medium',
      },
    ],
    defaultLayout: defaultLayout as Dashboard['defaultLayout'],
  }
}
