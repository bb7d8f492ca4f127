import { Button } from '@payloadcms/ui'

import { queueViewTexts as texts } from '../../domain'
import { type IntakeQueue, queueSearch } from '../../operations/intakeQueue'

/** Previous and next page as links that keep the filters; no total count, so no "page n of m". */
export function QueuePagination({ queue, viewUrl }: { queue: IntakeQueue; viewUrl: string }) {
  if (!queue.hasPrevPage && !queue.hasNextPage) return null
  const href = (page: number) => `${viewUrl}${queueSearch(queue.filters, page)}`
  return (
    <nav className="intake-queue__pagination" aria-label={texts.pagination}>
      {queue.hasPrevPage && (
        <Button
          el="anchor"
          url={href(queue.page - 1)}
          buttonStyle="secondary"
          size="small"
          margin={false}
        >
          {texts.previousPage}
        </Button>
      )}
      <span>
        {texts.page} {queue.page}
      </span>
      {queue.hasNextPage && (
        <Button
          el="anchor"
          url={href(queue.page + 1)}
          buttonStyle="secondary"
          size="small"
          margin={false}
        >
          {texts.nextPage}
        </Button>
      )}
    </nav>
  )
}
