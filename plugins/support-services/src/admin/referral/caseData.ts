import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { EligibilityResult } from '../../domain/eligibility'
import type { Status } from '../../domain/workflow'

import { slugs } from '../../defaults'
import { readThroughAdmin } from '../../hooks/recordReads'
import {
  describeEvent,
  type EventRecord,
  type Id,
  type Lookups,
  referencedIds,
  type TimelineEntry,
} from './timeline'

/**
 * What the referral's page reads, through the Local API as the signed-in user (`overrideAccess:
 * false`): a referral, its history, its possible duplicates, the services and partners to choose from.
 * The one exception is colleagues' names, see `staffNames`.
 */

export type User = PayloadRequest['user']

/** The referral as stored (depth 0: relations are ids). */
export interface ReferralRecord {
  id: Id
  reference: string
  status: Status
  service: Id
  form?: Id | null
  assignee?: Id | null
  possibleDuplicates?: Id[] | null
  mergedInto?: Id | null
  /** Set once retention has removed the person: the case then takes no changes and no new records. */
  anonymisedAt?: string | null
  priority?: 'normal' | 'high'
  receivedAt: string
  enrolledAt?: string | null
  nextReassessmentAt?: string | null
  source?: string | null
  locale?: string | null
  heardFrom?: string | null
  goals?: string[] | null
  careContacts?: string[] | null
  applicant: {
    name: string
    phone?: string | null
    email?: string | null
    dateOfBirth?: string | null
    age?: number | null
    gender?: string | null
    municipality?: string | null
    contactChannels?: string[] | null
    bestTimeToContact?: string | null
    preferredLanguage?: string | null
    interpreterNeeded?: boolean | null
    emailConfirmation?: boolean | null
    statusUpdates?: string[] | null
    message?: string | null
  }
  referrer?: {
    kind?: string | null
    name?: string | null
    organisation?: string | null
    phone?: string | null
    email?: string | null
  } | null
  consent?: {
    collaboration?: boolean | null
    partners?: Id[] | null
    formVersion?: string | null
    recordedAt?: string | null
    withdrawnAt?: string | null
  } | null
  customAnswers?: Record<string, unknown> | null
  eligibility?: EligibilityResult | null
}

export interface Choice {
  id: Id
  name: string
}

/** The page's reads: as the user, logged by the read audit as reads through the admin. */
const read = (user: User) =>
  ({ overrideAccess: false, user, depth: 0, context: readThroughAdmin() }) as const

/** The referral, or null when it does not exist or belongs to a service the user does not work with. */
export async function findReferral(
  payload: Payload,
  user: User,
  id: Id,
): Promise<ReferralRecord | null> {
  const doc = await payload.findByID({
    collection: slugs.referrals,
    id,
    disableErrors: true,
    ...read(user),
  })
  return (doc as unknown as ReferralRecord | null) ?? null
}

/** `name` (or another text field) of each id the user may read, keyed by the id as text. */
async function namesOf(
  payload: Payload,
  collection: CollectionSlug,
  ids: readonly Id[],
  options: { user: User; field?: string; overrideAccess?: boolean; locale?: string },
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const field = options.field ?? 'name'
  const { docs } = await payload.find({
    collection,
    where: { id: { in: [...ids] } },
    select: { [field]: true },
    depth: 0,
    pagination: false,
    overrideAccess: options.overrideAccess ?? false,
    user: options.user,
    context: readThroughAdmin(),
    ...(options.locale ? { locale: options.locale as never } : {}),
  })
  return new Map(
    docs.map((doc) => [
      String(doc.id),
      String((doc as unknown as Record<string, unknown>)[field] ?? ''),
    ]),
  )
}

/**
 * Colleagues' names, for "who did what" in the history and for the assignee. The host lets intake
 * staff read only their own account, so this one lookup reads users past access: only the `name`,
 * only of ids that the caller already read on events or on the referral.
 */
export function staffNames(payload: Payload, ids: readonly Id[]): Promise<Map<string, string>> {
  const usersSlug = (payload.config.admin?.user ?? 'users') as CollectionSlug
  return namesOf(payload, usersSlug, ids, { user: null, overrideAccess: true })
}

/** This referral's events and the events of other referrals that point to it, newest first. */
export async function referralEvents(
  payload: Payload,
  user: User,
  referralId: Id,
): Promise<EventRecord[]> {
  const { docs } = await payload.find({
    collection: slugs.referralEvents,
    where: {
      or: [{ referral: { equals: referralId } }, { relatedReferral: { equals: referralId } }],
    },
    sort: ['-at', '-id'],
    pagination: false,
    ...read(user),
  })
  return docs as unknown as EventRecord[]
}

/** The full history as staff read it: who did what, when and why, newest first. */
export async function referralTimeline(
  payload: Payload,
  user: User,
  referralId: Id,
): Promise<TimelineEntry[]> {
  const events = await referralEvents(payload, user, referralId)
  const ids = referencedIds(events, referralId)
  const [staff, services, partners, references] = await Promise.all([
    staffNames(payload, ids.staff),
    namesOf(payload, slugs.services, ids.services, { user, locale: 'sv' }),
    namesOf(payload, slugs.partners, ids.partners, { user }),
    namesOf(payload, slugs.referrals, ids.referrals, { user, field: 'reference' }),
  ])
  const lookups: Lookups = { staff, services, partners, references }
  return events.map((event) => describeEvent(event, lookups, referralId))
}

/** Every service by name, with its status (a closed service takes no one in). */
export async function allServices(
  payload: Payload,
  user: User,
): Promise<(Choice & { status: string })[]> {
  const { docs } = await payload.find({
    collection: slugs.services,
    select: { name: true, status: true },
    sort: 'name',
    locale: 'sv',
    pagination: false,
    ...read(user),
  })
  return docs.map((doc) => ({ id: doc.id, name: String(doc.name), status: String(doc.status) }))
}

/** Partners staff may pick (inactive ones stay in the history but are not offered). */
export async function activePartners(payload: Payload, user: User): Promise<Choice[]> {
  const { docs } = await payload.find({
    collection: slugs.partners,
    where: { active: { equals: true } },
    select: { name: true },
    sort: 'name',
    pagination: false,
    ...read(user),
  })
  return docs.map((doc) => ({ id: doc.id, name: String(doc.name) }))
}

export async function partnerNames(payload: Payload, user: User, ids: readonly Id[]) {
  return namesOf(payload, slugs.partners, ids, { user })
}

/** A referral that may be the same person as the one on the page. */
export interface PossibleDuplicate {
  id: Id
  /** Missing when the other referral belongs to a service the user does not work with. */
  reference?: string
  name?: string
  service?: string
  status?: Status
  /**
   * The referral whose list holds the pair (the later one lists the earlier one) and that list
   * without it: dismissing the pair is a change of that referral.
   */
  listedOn: Id
  remaining: Id[]
}

interface DuplicateDoc {
  id: Id
  reference: string
  service: Id
  status: Status
  mergedInto?: Id | null
  /** Set once retention has removed the person: the case then takes no changes and no new records. */
  anonymisedAt?: string | null
  applicant?: { name?: string }
  possibleDuplicates?: Id[] | null
}

const duplicateFields = {
  reference: true,
  service: true,
  status: true,
  mergedInto: true,
  applicant: { name: true },
  possibleDuplicates: true,
} as const

const withoutId = (ids: readonly Id[] | null | undefined, id: Id) =>
  (ids ?? []).filter((other) => String(other) !== String(id))

/**
 * Possible duplicates in both directions: the referrals this one lists (found when it came in) and
 * the later referrals that list this one. A pair already merged either way is decided and left out.
 */
export async function possibleDuplicates(
  payload: Payload,
  user: User,
  referral: ReferralRecord,
): Promise<PossibleDuplicate[]> {
  const listed = referral.possibleDuplicates ?? []
  const where = (clause: Where) => ({
    where: clause,
    select: duplicateFields,
    pagination: false as const,
    ...read(user),
  })
  const [own, listing] = await Promise.all([
    listed.length
      ? payload.find({ collection: slugs.referrals, ...where({ id: { in: [...listed] } }) })
      : { docs: [] },
    payload.find({
      collection: slugs.referrals,
      ...where({ possibleDuplicates: { equals: referral.id } }),
    }),
  ])
  const ownDocs = own.docs as unknown as DuplicateDoc[]
  const listingDocs = (listing.docs as unknown as DuplicateDoc[]).filter(
    (doc) => !listed.some((id) => String(id) === String(doc.id)),
  )
  const services = await namesOf(
    payload,
    slugs.services,
    [...ownDocs, ...listingDocs].map((doc) => doc.service),
    { user, locale: 'sv' },
  )
  const shown = (doc: DuplicateDoc) => ({
    id: doc.id,
    reference: doc.reference,
    name: doc.applicant?.name,
    service: services.get(String(doc.service)),
    status: doc.status,
  })
  const mergedEitherWay = (doc: DuplicateDoc) =>
    String(doc.mergedInto) === String(referral.id) || String(referral.mergedInto) === String(doc.id)
  const remaining = withoutId.bind(null, listed)
  return [
    ...listed.map((id) => {
      const doc = ownDocs.find((d) => String(d.id) === String(id))
      if (doc && mergedEitherWay(doc)) return null
      return { ...(doc ? shown(doc) : { id }), listedOn: referral.id, remaining: remaining(id) }
    }),
    ...listingDocs
      .filter((doc) => !mergedEitherWay(doc))
      .map((doc) => ({
        ...shown(doc),
        listedOn: doc.id,
        remaining: withoutId(doc.possibleDuplicates, referral.id),
      })),
  ].filter((item): item is PossibleDuplicate => item !== null)
}
