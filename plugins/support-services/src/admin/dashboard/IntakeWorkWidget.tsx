import type { WidgetServerProps } from 'payload'

import { Banner, Button } from '@payloadcms/ui'

import { workWidgetTexts as texts } from '../../domain'
import { canReviewAccessLog } from '../../operations/accessLog'
import { queueServiceCounts, referralScopeOf } from '../../operations/intakeQueue'
import { QueueSummary } from '../queue/QueueSummary'
import '../queue/queue.css'

/**
 * The dashboard widget intake staff land on: the counts of the intake queue per service, each a link
 * to its list, and the ways to the queue, the follow-up report and (for those who may) the read audit.
 * Only counts: nobody's referral is shown, so nothing here is a read for the read audit.
 */
export async function IntakeWorkWidget({ req }: WidgetServerProps) {
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  const queueUrl = `${adminRoute}/intake`
  const [scope, reviewsLog] = await Promise.all([
    referralScopeOf(payload, user),
    canReviewAccessLog(payload, user),
  ])
  const services =
    user && scope !== 'none' && scope.length > 0
      ? await queueServiceCounts(payload, { user, scope })
      : []
  return (
    <section className="intake-queue intake-work" aria-labelledby="intake-work-heading">
      <header className="intake-queue__header">
        <h2 id="intake-work-heading">{texts.heading}</h2>
        <p>{texts.intro}</p>
        <div className="intake-queue__shortcuts">
          {services.length > 0 && (
            <>
              <Button el="anchor" url={queueUrl} buttonStyle="primary" size="small" margin={false}>
                {texts.openQueue}
              </Button>
              <Button
                el="anchor"
                url={`${adminRoute}/reports`}
                buttonStyle="secondary"
                size="small"
                margin={false}
              >
                {texts.openReports}
              </Button>
              <Button
                el="anchor"
                url={`${adminRoute}/collections/referrals`}
                buttonStyle="secondary"
                size="small"
                margin={false}
              >
                {texts.allReferrals}
              </Button>
            </>
          )}
          {reviewsLog && (
            <Button
              el="anchor"
              url={`${adminRoute}/audit`}
              buttonStyle="secondary"
              size="small"
              margin={false}
            >
              {texts.openAudit}
            </Button>
          )}
        </div>
      </header>
      {services.length > 0 ? (
        <QueueSummary services={services} viewUrl={queueUrl} />
      ) : (
        <Banner type="info">{texts.noScope}</Banner>
      )}
    </section>
  )
}
