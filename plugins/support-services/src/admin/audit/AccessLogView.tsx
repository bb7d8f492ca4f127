import type { AdminViewServerProps } from 'payload'

import { Banner, Button } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { slugs } from '../../defaults'
import { accessLogTexts as texts } from '../../domain'
import {
  accessLogPage,
  accessLogSearch,
  canReviewAccessLog,
  parseAccessLogQuery,
} from '../../operations/accessLog'
import { toSearchParams } from '../searchParams'
import '../queue/queue.css'
import { StaffPage } from '../StaffPage'
import { AccessLogFilterForm } from './AccessLogFilterForm'
import { AccessLogPagination } from './AccessLogPagination'
import { AccessLogTable } from './AccessLogTable'
import './accessLog.css'

/**
 * The read audit's review page (/admin/audit), for those who may read the log: filters by user,
 * referral and period in a plain GET form (it works without JavaScript), one page of entries newest
 * first, and the same selection as CSV for the regular log review. Built like the intake queue's view,
 * with its layout and styles, inside Payload's admin shell.
 */
export async function AccessLogView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user } = req
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  const viewUrl = `${adminRoute}/audit`
  // Payload lets anyone reach a custom view: without a session, go to the login and come back.
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(viewUrl)}`)

  const allowed = await canReviewAccessLog(payload, user)
  const typed = toSearchParams(searchParams)
  const query = parseAccessLogQuery(typed)
  const log = allowed
    ? await accessLogPage(payload, { filters: query.filters, page: query.page })
    : null
  const exportUrl = `${apiRoute}/${slugs.referralAccessLog}/export${accessLogSearch(query.filters)}`

  return (
    <StaffPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={texts.title}
      className="intake-queue access-log"
    >
      <header className="intake-queue__header">
        <h1>{texts.title}</h1>
        <p>{texts.intro}</p>
      </header>
      {!log ? (
        <Banner type="info">{texts.noAccess}</Banner>
      ) : (
        <>
          {!query.ok && <Banner type="error">{texts.badFilter}</Banner>}
          <AccessLogFilterForm query={query} viewUrl={viewUrl} typed={typed} />
          <div className="access-log__export">
            <Button
              el="anchor"
              url={exportUrl}
              buttonStyle="secondary"
              size="medium"
              margin={false}
            >
              {texts.export}
            </Button>
            <p>{texts.exportHint}</p>
          </div>
          <AccessLogTable log={log} adminRoute={adminRoute} />
          <AccessLogPagination log={log} viewUrl={viewUrl} />
        </>
      )}
    </StaffPage>
  )
}
