import type { Payload } from 'payload'

import type { SmsAdapter } from '../types'

import { slugs } from '../defaults'
import {
  defaultLocale,
  isLocale,
  isResidentUpdate,
  type ResidentUpdate,
  residentUpdateEmail,
  residentUpdateSms,
  type Status,
  type UpdateChannel,
} from '../domain'
import { statusLinkUrl } from './statusPage/link'

export interface ResidentUpdateDeps {
  /** The public site, where the status link leads. */
  siteUrl: string
  sms: SmsAdapter | undefined
}

export interface ResidentUpdateReport {
  sent: UpdateChannel[]
  failed: UpdateChannel[]
}

interface UpdateTarget {
  reference: string
  locale?: string | null
  statusToken?: string | null
  applicant?: {
    email?: string | null
    phone?: string | null
    statusUpdates?: UpdateChannel[] | null
  } | null
}

const readTarget = async (payload: Payload, id: number) =>
  (await payload.findByID({
    collection: slugs.referrals,
    id,
    depth: 0,
    overrideAccess: true, // the system reading its own referral to tell the resident about it
    showHiddenFields: true, // the sealed status token
    select: {
      reference: true,
      locale: true,
      statusToken: true,
      applicant: { email: true, phone: true, statusUpdates: true },
    },
  })) as unknown as UpdateTarget

/** What a failure may say in the log and the history: a code or a name, never the message. */
const failureCode = (error: unknown) => {
  const { code } = (error ?? {}) as { code?: unknown }
  return typeof code === 'string' || typeof code === 'number'
    ? String(code)
    : error instanceof Error
      ? error.name
      : 'unknown'
}

/** The history's record of one message: the channel and the status, never the content or the address. */
const recordUpdate = (
  payload: Payload,
  id: number,
  status: Status,
  channel: UpdateChannel,
  sent: boolean,
) =>
  payload.db.create({
    collection: slugs.referralEvents,
    data: {
      referral: id,
      type: sent ? 'residentUpdateSent' : 'residentUpdateFailed',
      at: new Date().toISOString(),
      toStatus: status,
      contact: { channel },
    },
  })

const deliver = async (
  payload: Payload,
  deps: ResidentUpdateDeps,
  channel: UpdateChannel,
  target: UpdateTarget,
  update: ResidentUpdate,
) => {
  const { email, phone } = target.applicant ?? {}
  if (channel === 'email') {
    if (!email) throw Object.assign(new Error('No e-mail address'), { code: 'noAddress' })
    await payload.sendEmail({ to: email, ...residentUpdateEmail(update) })
    return
  }
  if (!phone) throw Object.assign(new Error('No phone number'), { code: 'noAddress' })
  if (!deps.sms) throw Object.assign(new Error('SMS is not configured'), { code: 'notConfigured' })
  await deps.sms.send({ to: phone, text: residentUpdateSms(update) }, payload)
}

/**
 * Tells the resident that their referral moved to `status`, on each channel they chose in the form,
 * and records each message (or its failure) in the referral's history. Runs after the move has
 * committed (from the jobs queue), so nothing here can undo or delay it; a failure is recorded and
 * logged with the reference and channel only, and never retried (a retry could send twice).
 */
export async function sendResidentUpdate(
  payload: Payload,
  { referral: id, status }: { referral: number; status: string },
  deps: ResidentUpdateDeps,
): Promise<ResidentUpdateReport> {
  const report: ResidentUpdateReport = { sent: [], failed: [] }
  if (!isResidentUpdate(undefined, status)) return report
  const target = await readTarget(payload, id)
  const channels = target.applicant?.statusUpdates ?? []
  if (channels.length === 0 || !target.statusToken) return report
  const locale = isLocale(target.locale) ? target.locale : defaultLocale
  const update: ResidentUpdate = {
    locale,
    reference: target.reference,
    status,
    link: statusLinkUrl(deps.siteUrl, locale, target.statusToken),
  }
  for (const channel of channels) {
    try {
      await deliver(payload, deps, channel, target, update)
      report.sent.push(channel)
    } catch (error) {
      report.failed.push(channel)
      payload.logger.error(
        `Update (${channel}) about referral ${target.reference} was not sent (${failureCode(error)}).`,
      )
    }
    await recordUpdate(payload, id, status, channel, report.sent.includes(channel))
  }
  return report
}
