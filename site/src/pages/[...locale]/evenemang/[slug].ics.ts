import type { APIRoute } from 'astro'

import type { PublicEvent } from '../../../lib/content'

import { t } from '../../../i18n/common'
import { localeFromParam, localeParams, localePath } from '../../../i18n/routes'
import { eventCalendar } from '../../../lib/calendar'
import { allEvents } from '../../../lib/content'

export const getStaticPaths = async () => {
  const events = await allEvents()
  return localeParams().flatMap((params) =>
    events.map((event) => ({ params: { ...params, slug: event.slug }, props: { event } })),
  )
}

/** "Add to calendar": the event as an iCalendar file, in the language of the page that links it. */
export const GET: APIRoute = ({ params, props, site }) => {
  const { event } = props as { event: PublicEvent }
  const locale = localeFromParam(params.locale)!
  const url = new URL(localePath(locale, `evenemang/${event.slug}`), site).href
  return new Response(eventCalendar(event, { locale, url, siteName: t(locale, 'siteName') }), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  })
}
