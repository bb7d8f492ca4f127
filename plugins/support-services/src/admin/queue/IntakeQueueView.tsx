import type { AdminViewServerProps } from 'payload'

import { Banner, Button } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { queueListLabels, queueViewTexts as texts } from '../../domain'
import {
  intakeQueue,
  parseQueueQuery,
  queueSearch,
  referralScopeOf,
} from '../../operations/intakeQueue'
import { toSearchParams } from '../searchParams'
import { StaffPage } from '../StaffPage'
import { QueueFilterForm } from './QueueFilterForm'
import { QueuePagination } from './QueuePagination'
import { QueueSummary } from './QueueSummary'
import { QueueTable } from './QueueTable'
import './queue.css'

/**
 * The intake queue (/admin/intake): per service in the user's scope (or in one unit of it) the counts
 * at the top, filters in a plain GET form (it works without JavaScript), and one page of referrals in
 * waiting order with their badges. Rendered inside Payload's admin shell with Payload's own components and CSS variables.
 */
export async function IntakeQueueView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user } = req
  const { admin: adminRoute } = payload.config.routes
  const viewUrl = `${adminRoute}/intake`
  // Payload lets anyone reach a custom view: without a session, go to the login and come back.
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(viewUrl)}`)

  const scope = await referralScopeOf(payload, user)
  const query = parseQueueQuery(toSearchParams(searchParams))
  const queue =
    scope === 'none' || scope.length === 0
      ? null
      : await intakeQueue(payload, {
          user,
          scope,
          filters: query.ok ? query.filters : undefined,
          page: query.ok ? query.page : 1,
          through: 'admin',
        })

  // The shortcuts stay within the unit chosen in the filter.
  const unit = queue?.filters.unit ?? null

  return (
    <StaffPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={texts.title}
      className="intake-queue"
    >
      <header className="intake-queue__header">
        <h1>{texts.title}</h1>
        <p>{texts.intro}</p>
        {queue && (
          <div className="intake-queue__shortcuts">
            <Button
              el="anchor"
              url={`${viewUrl}${queueSearch({ unit, assignee: 'me' })}`}
              buttonStyle="pill"
              size="small"
              margin={false}
            >
              {texts.assignedToMe}
            </Button>
            <Button
              el="anchor"
              url={`${viewUrl}${queueSearch({ unit, status: 'queued' })}`}
              buttonStyle="pill"
              size="small"
              margin={false}
            >
              {queueListLabels.queued}
            </Button>
            <Button
              el="anchor"
              url={`${viewUrl}${queueSearch({ unit, status: 'reassessmentDue' })}`}
              buttonStyle="pill"
              size="small"
              margin={false}
            >
              {queueListLabels.reassessmentDue}
            </Button>
          </div>
        )}
      </header>
      {!queue ? (
        <Banner type="info">{texts.noScope}</Banner>
      ) : (
        <>
          {!query.ok && <Banner type="error">{texts.badFilter}</Banner>}
          <QueueSummary services={queue.services} unit={queue.filters.unit} viewUrl={viewUrl} />
          <QueueFilterForm queue={queue} viewUrl={viewUrl} />
          <QueueTable queue={queue} adminRoute={adminRoute} />
          <QueuePagination queue={queue} viewUrl={viewUrl} />
          <p className="intake-queue__more">
            <a href={`${adminRoute}/collections/referrals`}>{texts.allReferrals}</a>
          </p>
        </>
      )}
    </StaffPage>
  )
}
