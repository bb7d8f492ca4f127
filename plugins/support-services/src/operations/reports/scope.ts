import type { Payload, PayloadRequest, TypedUser, Where } from 'payload'

import type { FollowUpReport, ReportNames } from '../../domain'
import type { ReferralScope } from '../../types'

import { slugs } from '../../defaults'

/**
 * Who may see the follow-up report, and of which services: staff who work with referrals, for the
 * services whose referrals they may read. `null`: no report for this user. The endpoint asks the host's
 * `referralScope` directly; the admin page, which the plugin references by path and so cannot be handed
 * the host's options, reads the same rule back from the referrals collection's read access (built from
 * that `referralScope`).
 */
export const reportScopeOf = (scope: ReferralScope): 'all' | number[] | null => {
  if (scope === 'all') return 'all'
  if (scope === 'none' || scope.length === 0) return null
  return scope.map(Number)
}

/** The same rule through the referrals collection's read access: `true`, or a `Where` on the service. */
export const reportScopeFromAccess = async (
  req: PayloadRequest,
): Promise<'all' | number[] | null> => {
  if (!req.user) return null
  const read = req.payload.collections[slugs.referrals]?.config.access.read
  const result = read ? await read({ req }) : false
  if (result === true) return 'all'
  const ids = result ? (result as Where).service : null
  const within = ids && typeof ids === 'object' && 'in' in ids ? (ids as { in: unknown }).in : null
  return Array.isArray(within) ? reportScopeOf(within as number[]) : null
}

/**
 * The services a report covers: those asked for when they are all within scope (null when not), or every
 * service in scope when none is asked for. Always an explicit list, so a service with nothing to count
 * still gets its row.
 */
export const reportServices = async (
  payload: Payload,
  scope: 'all' | number[],
  asked: readonly number[],
): Promise<number[] | null> => {
  if (asked.length)
    return scope === 'all' || asked.every((id) => scope.includes(id)) ? [...asked] : null
  if (scope !== 'all') return [...scope]
  const { docs } = await payload.find({
    collection: slugs.services,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  return docs.map((s) => Number(s.id))
}

/**
 * Names for the report's rows: services by name, coaches (staff, never applicants) by the name on their
 * account. Read with the system's rights: intake staff may not read other users, but a colleague's
 * caseload is what the report is for.
 */
export const reportNames = async (
  payload: Payload,
  report: FollowUpReport,
): Promise<ReportNames> => {
  const usersSlug = payload.config.admin.user
  const coachIds = [
    ...new Set(report.caseload.flatMap((c) => c.coaches.map((coach) => coach.assigneeId))),
  ]
  const [services, users] = await Promise.all([
    payload.find({
      collection: slugs.services,
      depth: 0,
      pagination: false,
      locale: 'sv',
      select: { name: true },
      overrideAccess: true,
    }),
    coachIds.length
      ? payload.find({
          collection: usersSlug as never,
          where: { id: { in: coachIds } },
          depth: 0,
          pagination: false,
          select: { name: true } as never,
          overrideAccess: true,
        })
      : Promise.resolve({ docs: [] }),
  ])
  const name = (docs: readonly unknown[], fallback: string) => {
    const byId = new Map(
      docs.map((d) => [
        Number((d as { id: unknown }).id),
        String((d as { name?: unknown }).name ?? ''),
      ]),
    )
    return (id: number) => byId.get(id) || `${fallback} ${id}`
  }
  return { service: name(services.docs, 'Tjänst'), coach: name(users.docs, 'Coach') }
}

/**
 * Who reads which part of the follow-up report: those with a report scope read all of it; those who
 * manage units' content but work with no referrals (outreach staff) read its outreach tables only,
 * masked, for the services of their units. `null`: no part of it.
 */
export type ReportReader = { scope: 'all' | number[]; outreachOnly: boolean } | null

export const reportReaderOf = async (
  payload: Payload,
  reportScope: 'all' | number[] | null,
  managedUnits: 'all' | false | string[],
): Promise<ReportReader> => {
  if (reportScope) return { scope: reportScope, outreachOnly: false }
  if (managedUnits === false) return null
  if (managedUnits === 'all') return { scope: 'all', outreachOnly: true }
  const { docs } = await payload.find({
    collection: slugs.services,
    where: { unit: { in: managedUnits } },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  return docs.length ? { scope: docs.map((s) => Number(s.id)), outreachOnly: true } : null
}

/**
 * The units a user manages, read back from the services collection's update access (`managedUnits`
 * as a `Where` on the unit), for the admin views, which do not get the plugin's options.
 */
export const managedUnitsFromAccess = async (
  payload: Payload,
  user: null | TypedUser | undefined,
): Promise<'all' | false | string[]> => {
  if (!user) return false
  const update = payload.collections[slugs.services]?.config.access.update
  const result = update ? await update({ req: { user, payload } as PayloadRequest }) : false
  if (result === true) return 'all'
  const units = result ? (result as { unit?: { in?: unknown } }).unit?.in : null
  return Array.isArray(units) && units.length ? units.map(String) : false
}

/** `reportReaderOf` for an admin view: both scopes read back from the collections' access. */
export const reportReaderFromAccess = async (req: PayloadRequest): Promise<ReportReader> =>
  reportReaderOf(
    req.payload,
    await reportScopeFromAccess(req),
    await managedUnitsFromAccess(req.payload, req.user),
  )
