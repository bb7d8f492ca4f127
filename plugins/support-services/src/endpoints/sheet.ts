import type { Endpoint, PayloadHandler } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { sheetRequest } from '../domain'
import { findCampaign } from '../operations/campaigns'
import { serviceInfoSheet } from '../operations/infoSheet'
import { sheetHtml } from '../print/sheetHtml'
import { sheetPdf } from '../print/sheetPdf'
import { refuse } from './respond'

const noStore = { 'Cache-Control': 'no-store' }

/** Said to the staff member who typed the code, in the admin's language. */
const unknownCampaignText = (code: string) =>
  `Kampanjkoden ${code} finns inte. Kontrollera koden på aktiviteten i loggen över uppsökande ` +
  'aktiviteter eller på evenemanget, eller skriv ut utan kod.'

/**
 * GET /api/services/:slug/sheet[.pdf]?audience=&locale=&variant=&size=&code=: a service's information
 * sheet (or poster) as a printable HTML page or a PDF made here. Staff only: a PDF costs CPU, and the
 * public has the service page.
 */
const sheetHandler =
  ({ siteUrl }: Pick<SanitizedOptions, 'siteUrl'>, format: 'html' | 'pdf'): PayloadHandler =>
  async (req) => {
    if (!req.user)
      return refuse(403, 'sheet', 'forbidden', 'Information sheets are printed by logged-in staff.')
    const asked = sheetRequest(req.searchParams)
    if (!asked.ok) return refuse(400, asked.error.field, 'invalid', asked.error.message)
    const { code } = asked.value
    // A mistyped code would print a QR code that leads to the home page and counts nowhere. A code of
    // an event not yet published is fine: its poster may be printed first.
    if (code && !(await findCampaign(req.payload, code)))
      return refuse(404, 'code', 'unknownCampaign', unknownCampaignText(code))
    const slug = String(req.routeParams?.slug ?? '')
    const sheet = await serviceInfoSheet(req.payload, { ...asked.value, slug, siteUrl })
    if (!sheet) return refuse(404, 'service', 'unknownService', 'No service has this slug.')
    if (format === 'html')
      return new Response(await sheetHtml(sheet), {
        headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore },
      })
    const { audience, locale, variant, size } = asked.value
    const kind = variant === 'sheet' ? 'informationsblad' : size === 'A3' ? 'affisch-a3' : 'affisch'
    const name = `${kind}-${slug.replace(/[^\w-]/g, '-')}-${audience}-${locale}.pdf`
    return new Response(new Uint8Array(await sheetPdf(sheet)), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${name}"`,
        ...noStore,
      },
    })
  }

export const sheetEndpoints = (options: Pick<SanitizedOptions, 'siteUrl'>): Endpoint[] => [
  { path: '/:slug/sheet', method: 'get', handler: sheetHandler(options, 'html') },
  { path: '/:slug/sheet.pdf', method: 'get', handler: sheetHandler(options, 'pdf') },
]
