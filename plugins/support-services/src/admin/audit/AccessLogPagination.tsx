import { Button } from '@payloadcms/ui'

import { accessLogTexts as texts } from '../../domain'
import { type AccessLogPage, accessLogSearch } from '../../operations/accessLog'

/** Previous and next page as links that keep the filters; no total count, so no "page n of m". */
export function AccessLogPagination({ log, viewUrl }: { log: AccessLogPage; viewUrl: string }) {
  if (!log.hasPrevPage && !log.hasNextPage) return null
  const href = (page: number) => `${viewUrl}${accessLogSearch(log.filters, page)}`
  return (
    <nav className="intake-queue__pagination" aria-label={texts.pagination}>
      {log.hasPrevPage && (
        <Button
          el="anchor"
          url={href(log.page - 1)}
          buttonStyle="secondary"
          size="small"
          margin={false}
        >
          {texts.previousPage}
        </Button>
      )}
      <span>
        {texts.page} {log.page}
      </span>
      {log.hasNextPage && (
        <Button
          el="anchor"
          url={href(log.page + 1)}
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
