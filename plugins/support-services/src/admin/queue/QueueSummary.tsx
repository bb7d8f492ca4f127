import { queueListLabels, referralFlagLabels, queueViewTexts as texts } from '../../domain'
import {
  type IntakeQueue,
  type QueueCounts,
  type QueueFilters,
  queueSearch,
} from '../../operations/intakeQueue'
import { formatCount } from './format'

type Service = IntakeQueue['services'][number]

/** Each count, what it is called, and the list that shows exactly those referrals. */
const countLinks: Array<{
  count: keyof QueueCounts
  label: string
  filters: Partial<QueueFilters>
  attention?: boolean
}> = [
  { count: 'open', label: texts.countOpen, filters: {} },
  { count: 'queued', label: queueListLabels.queued, filters: { status: 'queued' } },
  {
    count: 'waitingTooLong',
    label: referralFlagLabels.waitingTooLong,
    filters: { status: 'queued', flags: ['waitingTooLong'] },
    attention: true,
  },
  {
    count: 'noContact',
    label: referralFlagLabels.noContact,
    filters: { flags: ['noContact'] },
    attention: true,
  },
  {
    count: 'reassessmentDue',
    label: queueListLabels.reassessmentDue,
    filters: { status: 'reassessmentDue' },
    attention: true,
  },
  {
    count: 'possibleDuplicate',
    label: referralFlagLabels.possibleDuplicate,
    filters: { flags: ['possibleDuplicate'] },
    attention: true,
  },
  {
    count: 'contactRequested',
    label: referralFlagLabels.contactRequested,
    filters: { flags: ['contactRequested'] },
    attention: true,
  },
  { count: 'assignedToMe', label: texts.assignedToMe, filters: { assignee: 'me' } },
]

/** The counts at the top: one card per service, each count a link to its list (in the same unit filter). */
export function QueueSummary({
  services,
  unit,
  viewUrl,
}: {
  services: Service[]
  unit?: null | number
  viewUrl: string
}) {
  return (
    <section className="intake-queue__summary" aria-labelledby="intake-queue-summary">
      <h2 id="intake-queue-summary">{texts.summaryHeading}</h2>
      <ul className="intake-queue__services">
        {services.map((service) => (
          <li key={service.id} className="intake-queue__service">
            <h3>{service.name}</h3>
            <ul className="intake-queue__counts">
              {countLinks.map(({ count, label, filters, attention }) => {
                const value = service.counts[count]
                const flagged = attention && value > 0
                return (
                  <li
                    key={count}
                    className={
                      flagged
                        ? 'intake-queue__count intake-queue__count--attention'
                        : 'intake-queue__count'
                    }
                  >
                    <a href={`${viewUrl}${queueSearch({ ...filters, unit, service: service.id })}`}>
                      <span className="intake-queue__count-value">{formatCount(value)}</span>
                      <span className="intake-queue__count-label">{label}</span>
                    </a>
                  </li>
                )
              })}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
