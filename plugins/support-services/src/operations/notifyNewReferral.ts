import type { Payload } from 'payload'

import type { NotificationOptions } from '../types'

import { slugs } from '../defaults'
import {
  applicantConfirmationEmail,
  defaultLocale,
  type EmailContent,
  intakeNotificationEmail,
  isLocale,
  type Locale,
} from '../domain'
import { briefCache } from './briefCache'

/** The little a notification needs to know of a referral that has just been stored. */
export interface NewReferral {
  id: number | string
  reference: string
  serviceId: number | string
  locale?: string | null
  /** The resident's address, only when they asked for a confirmation. */
  confirmationTo?: string | null
  /** The resident's status page, for their confirmation. */
  statusLink?: string
}

type Kind = 'intake' | 'applicant'

export interface NotificationReport {
  sent: Kind[]
  /** `service`: the service's settings could not be read, so nothing was sent. */
  failed: Array<Kind | 'service'>
}

/** Localized fields as `locale: 'all'` reads them. */
type AllLocales = Partial<Record<Locale, string | null>> | null | undefined

interface ServiceForNotifications {
  name?: AllLocales
  contact?: { phone?: string | null; email?: string | null; openingHours?: AllLocales } | null
  notifications?: {
    notifyIntake?: boolean | null
    intakeEmail?: string | null
    confirmToApplicant?: boolean | null
  } | null
}

interface Outgoing extends EmailContent {
  kind: Kind
  to: string
  replyTo?: string
}

const inLocale = (text: AllLocales, locale: Locale) => text?.[locale] || text?.[defaultLocale] || ''

/** The service's notification settings, name and contact in every language, kept briefly (see briefCache). */
const rememberedServices = briefCache<ServiceForNotifications>()
const findService = (payload: Payload, id: number | string) =>
  rememberedServices(String(id), () => readService(payload, id))

const readService = async (payload: Payload, id: number | string) =>
  (await payload.findByID({
    collection: slugs.services,
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: true, // `notifications` is staff-only; this is the system reading its own settings
    select: { name: true, contact: true, notifications: true },
  })) as unknown as ServiceForNotifications

const adminLink = (payload: Payload, options: NotificationOptions, id: number | string) =>
  `${options.publicUrl.replace(/\/+$/, '')}${payload.config.routes.admin}/collections/${slugs.referrals}/${encodeURIComponent(String(id))}`

/** Which e-mails this referral causes: each one only when the service opted in and there is an address. */
const outgoing = (
  payload: Payload,
  options: NotificationOptions,
  referral: NewReferral,
  service: ServiceForNotifications,
) => {
  const settings = service.notifications ?? {}
  const mails: Outgoing[] = []
  if (settings.notifyIntake && settings.intakeEmail) {
    const content = intakeNotificationEmail({
      reference: referral.reference,
      serviceName: inLocale(service.name, 'sv'),
      link: adminLink(payload, options, referral.id),
    })
    mails.push({ kind: 'intake', to: settings.intakeEmail, ...content })
  }
  if (settings.confirmToApplicant && referral.confirmationTo) {
    const locale = isLocale(referral.locale) ? referral.locale : defaultLocale
    const content = applicantConfirmationEmail({
      locale,
      reference: referral.reference,
      serviceName: inLocale(service.name, locale),
      contact: {
        phone: service.contact?.phone,
        email: service.contact?.email,
        openingHours: inLocale(service.contact?.openingHours, locale),
      },
      statusLink: referral.statusLink,
    })
    // A reply reaches the service, not a mailbox nobody reads.
    mails.push({
      kind: 'applicant',
      to: referral.confirmationTo,
      replyTo: service.contact?.email || undefined,
      ...content,
    })
  }
  return mails
}

/** What a failure may say in the log: its kind, never its message (SMTP errors quote the addresses). */
const errorCode = (error: unknown) => {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown }
  return (
    [code, responseCode].filter((part) => part !== undefined).join(' ') ||
    (error instanceof Error ? error.name : 'unknown')
  )
}

/**
 * Sends the e-mails about a referral that is already stored: to the service's intake address (the
 * reference, the service and a link; nothing about the person) and, when asked for, a confirmation to
 * the resident (the reference, what happens next, how to reach the service; nothing of their answers).
 * Never throws: a failure is logged with the reference only, and the referral stays in the queue.
 */
export const notifyNewReferral = async (
  payload: Payload,
  referral: NewReferral,
  options: NotificationOptions,
): Promise<NotificationReport> => {
  const report: NotificationReport = { sent: [], failed: [] }
  let mails: Outgoing[]
  try {
    mails = outgoing(payload, options, referral, await findService(payload, referral.serviceId))
  } catch (error) {
    payload.logger.error(
      `E-mail about referral ${referral.reference}: could not read the service's settings (${errorCode(error)}).`,
    )
    return { sent: [], failed: ['service'] }
  }
  await Promise.all(
    mails.map(async ({ kind, to, replyTo, subject, text, html }) => {
      try {
        await payload.sendEmail({ to, replyTo, subject, text, html })
        report.sent.push(kind)
      } catch (error) {
        report.failed.push(kind)
        payload.logger.error(
          `E-mail (${kind}) about referral ${referral.reference} was not sent (${errorCode(error)}).`,
        )
      }
    }),
  )
  return report
}
