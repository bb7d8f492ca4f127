import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { slugs } from '../../defaults'
import {
  calendarDate,
  describeWait,
  estimateWaitDays,
  estimateWindowDays,
  isOpenStatus,
  type Locale,
  type PlaceBand,
  placeBand,
  queueStatuses,
  type ResidentPhase,
  residentPhase,
  type Status,
  type WaitRange,
} from '../../domain'
import { queueFigures } from '../queueFigures'
import { drizzleRunner, literals, tables } from '../sql'

interface Contact {
  phone?: string | null
  email?: string | null
  url?: string | null
  openingHours?: string | null
}

/** What the status page shows: no answers, no health data, no contact details of the resident. */
export interface StatusView {
  reference: string
  service: { slug: string; name: string; contact: Contact }
  /** The day it came in (Swedish calendar day). */
  receivedOn: string
  phase: ResidentPhase
  open: boolean
  /** In the queue: how many are ahead, as a band, and the estimated wait (null when there is no honest one). */
  queue: { place: PlaceBand; wait: WaitRange | null } | null
  /** Redirected: where to go and how to reach them. */
  redirect: { name: string; contact: Contact } | null
  contactRequested: boolean
}

export interface StatusReferral {
  id: number
  reference: string
  status: Status
  service: number
  receivedAt: string
  priority?: string | null
  redirectPartner?: number | null
  redirectTarget?: string | null
  contactRequestedAt?: string | null
}

export const readStatusReferral = async (payload: Payload, id: number) =>
  (await payload.findByID({
    collection: slugs.referrals,
    id,
    depth: 0,
    overrideAccess: true,
    select: {
      reference: true,
      status: true,
      service: true,
      receivedAt: true,
      priority: true,
      redirectPartner: true,
      redirectTarget: true,
      contactRequestedAt: true,
    },
  })) as unknown as StatusReferral

/**
 * The queued referrals of the same service ahead of this one, in the queue's order (high priority
 * first, then the longest waiting): what `queuePosition` counts, less one.
 */
const peopleAhead = async (payload: Payload, referral: StatusReferral) => {
  const { rows } = await drizzleRunner(payload)(sql`
    SELECT count(*)::int AS n FROM ${tables.referrals} q
    WHERE q.service_id = ${referral.service} AND q.status IN (${literals(queueStatuses)}) AND q.id <> ${referral.id}
      AND ((q.priority = 'high' AND ${referral.priority ?? 'normal'} = 'normal')
        OR (q.priority = ${referral.priority ?? 'normal'}
          AND (q.received_at, q.id) < (${referral.receivedAt}::timestamptz, ${referral.id})))`)
  return Number((rows[0] as { n: number }).n)
}

const queueOf = async (payload: Payload, referral: StatusReferral, now: Date) => {
  const service = Number(referral.service)
  const [ahead, figures] = await Promise.all([
    peopleAhead(payload, referral),
    queueFigures(payload, [service], now),
  ])
  const days = estimateWaitDays({
    waiting: ahead + 1,
    leftQueueInWindow: figures.get(service)!.leftQueueInWindow,
    windowDays: estimateWindowDays,
  })
  return { place: placeBand(ahead), wait: describeWait(days) }
}

const redirectOf = async (
  payload: Payload,
  referral: StatusReferral,
): Promise<StatusView['redirect']> => {
  if (referral.redirectPartner == null)
    return referral.redirectTarget ? { name: referral.redirectTarget, contact: {} } : null
  const partner = (await payload.findByID({
    collection: slugs.partners,
    id: referral.redirectPartner,
    depth: 0,
    overrideAccess: true,
    select: { name: true, contact: true },
  })) as unknown as { name: string; contact?: Contact | null }
  return { name: partner.name, contact: partner.contact ?? {} }
}

export async function statusView(
  payload: Payload,
  referral: StatusReferral,
  locale: Locale,
  now = new Date(),
): Promise<StatusView> {
  const phase = residentPhase(referral.status)
  const [service, queue, redirect] = await Promise.all([
    payload.findByID({
      collection: slugs.services,
      id: referral.service,
      depth: 0,
      locale,
      fallbackLocale: 'sv',
      overrideAccess: true,
      select: { slug: true, name: true, contact: true },
    }) as unknown as Promise<{ slug: string; name: string; contact?: Contact | null }>,
    phase === 'queued' ? queueOf(payload, referral, now) : null,
    phase === 'redirected' ? redirectOf(payload, referral) : null,
  ])
  return {
    reference: referral.reference,
    service: {
      slug: service.slug,
      name: service.name,
      contact: {
        phone: service.contact?.phone ?? null,
        email: service.contact?.email ?? null,
        openingHours: service.contact?.openingHours ?? null,
      },
    },
    receivedOn: calendarDate(new Date(referral.receivedAt)),
    phase,
    open: isOpenStatus(referral.status),
    queue,
    redirect,
    contactRequested: Boolean(referral.contactRequestedAt),
  }
}
