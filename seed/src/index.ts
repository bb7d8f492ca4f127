import type { CollectionSlug, Payload } from 'payload'

import {
  referralDataFromAnswers,
  rulesFromStored,
  slugs,
  storedFromForm,
  storedFromRules,
} from '@stodportalen/support-services'
import {
  applicantFactsFromAnswers,
  evaluateEligibility,
  generateReference,
  type Locale,
  locales,
} from '@stodportalen/support-services/domain'
import { createHash } from 'node:crypto'
import sharp from 'sharp'

import { events, type EventSeed, swedishTime } from '../data/events'
import { images, type ImageSeed } from '../data/images'
import { outreachActivities } from '../data/outreach'
import { pages, type PageSeed } from '../data/pages'
import { partners } from '../data/partners'
import { services, type ServiceSeed } from '../data/services'
import { stories, type StorySeed } from '../data/stories'
import { units } from '../data/units'
import { paragraph, richText } from './lexical'
import { inLocale, withRowIds } from './localize'
import { enkopingHaboArea, generateReferrals, goteborgArea, type ReferralSeed } from './referrals'
import { demoUsers } from './users'

export { demoUsers } from './users'
export { services } from '../data/services'
export { pages } from '../data/pages'
export { events } from '../data/events'
export { stories } from '../data/stories'
export { partners } from '../data/partners'
export { outreachActivities } from '../data/outreach'
export { generateReferrals, duplicatePairs } from './referrals'
export { paragraph, richText } from './lexical'

/** Seed runs skip side effects such as notifications (hooks read this flag). */
const context = { seeding: true }
const otherLocales = locales.filter((l) => l !== 'sv')

const serviceData = (s: ServiceSeed, image: number | undefined, unit: number) => ({
  slug: s.slug,
  unit,
  image,
  method: s.method,
  status: 'open',
  name: s.name,
  summary: s.summary,
  whoFor: s.whoFor,
  whatYouGet: s.whatYouGet.map((text) => ({ text })),
  howItWorks: s.howItWorks,
  principles: s.principles,
  provider: s.provider,
  municipalityCode: s.municipality.code,
  municipalityName: s.municipality.name,
  contact: s.contact,
  languages: s.languages,
  caseloadTarget: s.caseloadTarget,
  // Last year's and this year's, so the demo report draws its target lines for either.
  targets: [1, 0].map((back) => ({ year: new Date().getFullYear() - back, ...s.yearlyTargets })),
  notifications: {
    notifyIntake: true,
    intakeEmail: `intag.${s.slug}@stodportalen.example`,
    confirmToApplicant: true,
  },
  eligibility: { ...storedFromRules(s.eligibilityRules), source: s.rulesSource },
})

/** A published page in one locale: its rich text is a whole document per language. */
const pageData = (p: PageSeed, image: number | undefined) => (locale: Locale) => ({
  slug: p.slug,
  image,
  audience: p.audience,
  order: p.order,
  _status: 'published',
  title: p.title[locale],
  summary: p.summary[locale],
  body: richText(p.body[locale]),
})

/** A published event in one locale, dated from `today` (the day the seed runs). */
const eventData =
  (e: EventSeed, today: Date, serviceIds: Map<string, number>) => (locale: Locale) => ({
    slug: e.slug,
    kind: e.kind,
    _status: 'published',
    title: e.title[locale],
    text: richText([paragraph(e.text[locale])]),
    start: swedishTime(today, e.inDays, e.from).toISOString(),
    end: swedishTime(today, e.inDays, e.to).toISOString(),
    ...('online' in e.place
      ? { attendance: 'online', onlineUrl: e.place.online }
      : { attendance: 'venue', venue: inLocale(e.place, locale) }),
    audiences: e.audiences,
    services: e.services.map((slug) => serviceIds.get(slug)!),
    languages: e.languages,
    signUp: e.signUp && inLocale(e.signUp, locale),
    cancelled: e.cancelled ?? false,
  })

/** A published story in one locale, its consent recorded. */
const storyData = (s: StorySeed, serviceIds: Map<string, number>) => (locale: Locale) => ({
  slug: s.slug,
  name: s.name,
  _status: 'published',
  title: s.title[locale],
  text: richText(s.text[locale].map((text) => paragraph(text))),
  service: serviceIds.get(s.service)!,
  outcome: s.outcome,
  consent: s.consent,
})

/**
 * Creates a document in Swedish, then writes every other locale onto the same rows. `data` holds
 * every text in all locales, or is a function that gives the data of one locale.
 */
const createInAllLocales = async (
  payload: Payload,
  collection: CollectionSlug,
  data: Record<string, unknown> | ((locale: Locale) => Record<string, unknown>),
  localizedArrays: readonly string[] = [],
) => {
  const dataIn = (locale: Locale) =>
    typeof data === 'function' ? data(locale) : inLocale(data, locale)
  const created = await payload.create({
    collection,
    data: dataIn('sv') as never,
    locale: 'sv',
    context,
  })
  for (const locale of otherLocales) {
    await payload.update({
      collection,
      id: created.id,
      data: withRowIds(dataIn(locale), created, localizedArrays) as never,
      locale: locale as Locale,
      context,
    })
  }
  return created
}

const findIdBySlug = async (payload: Payload, slug: string) => {
  const { docs } = await payload.find({
    collection: slugs.services,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  return docs[0]?.id as number | undefined
}

/** A drawn picture in the media collection, uploaded once: found again by its file name. */
const ensureImage = async (payload: Payload, image: ImageSeed) => {
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { equals: image.filename } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) return docs[0].id as number
  const png = await sharp(Buffer.from(image.svg)).png().toBuffer()
  const created = await payload.create({
    collection: 'media',
    data: { alt: image.alt.sv },
    file: { data: png, name: image.filename, mimetype: 'image/png', size: png.length },
    locale: 'sv',
    context,
  })
  for (const locale of otherLocales)
    await payload.update({
      collection: 'media',
      id: created.id,
      data: { alt: image.alt[locale] },
      locale,
      context,
    })
  return created.id as number
}

/** Units by name → id, created when missing. */
const ensureUnits = async (payload: Payload, log: (line: string) => void) => {
  const ids = new Map<string, number>()
  for (const unit of units) {
    const { docs } = await payload.find({
      collection: slugs.units,
      where: { name: { equals: unit.name } },
      limit: 1,
      depth: 0,
    })
    let id = docs[0]?.id as number | undefined
    if (id === undefined) {
      id = (await createInAllLocales(payload, slugs.units, { ...unit })).id as number
      log(`Seeded the unit ${unit.name}.`)
    }
    ids.set(unit.name, id)
  }
  return ids
}

const ensureServices = async (
  payload: Payload,
  imageIds: Map<string, number>,
  unitIds: Map<string, number>,
  log: (line: string) => void,
) => {
  const ids = new Map<string, number>()
  for (const s of services) {
    let id = await findIdBySlug(payload, s.slug)
    if (id === undefined) {
      const data = serviceData(s, imageIds.get(s.slug), unitIds.get(s.unit)!)
      id = (
        await createInAllLocales(payload, slugs.services, data, [
          'whatYouGet',
          'howItWorks',
          'principles',
        ])
      ).id as number
      await createInAllLocales(payload, slugs.referralForms, {
        title: s.form.title,
        intro: s.form.intro,
        service: id,
        active: true,
        ...storedFromForm(s.form.definition),
      })
      log(`Seeded the service ${s.slug} and its self-referral form.`)
    }
    ids.set(s.slug, id)
  }
  return ids
}

const ensurePages = async (
  payload: Payload,
  image: number | undefined,
  log: (line: string) => void,
) => {
  for (const page of pages) {
    const { totalDocs } = await payload.count({
      collection: 'pages',
      where: { slug: { equals: page.slug } },
    })
    if (totalDocs > 0) continue
    // The pages about the site itself need no picture; those for the people around the target group do.
    await createInAllLocales(
      payload,
      'pages',
      pageData(page, page.audience === 'about' ? undefined : image),
    )
    log(`Seeded the page ${page.slug}.`)
  }
}

const ensureEvents = async (
  payload: Payload,
  serviceIds: Map<string, number>,
  today: Date,
  log: (line: string) => void,
) => {
  for (const event of events) {
    const { totalDocs } = await payload.count({
      collection: slugs.events,
      where: { slug: { equals: event.slug } },
    })
    if (totalDocs > 0) continue
    await createInAllLocales(payload, slugs.events, eventData(event, today, serviceIds))
    log(`Seeded the event ${event.slug}.`)
  }
}

const ensureStories = async (
  payload: Payload,
  serviceIds: Map<string, number>,
  log: (line: string) => void,
) => {
  for (const story of stories) {
    const { totalDocs } = await payload.count({
      collection: slugs.stories,
      where: { slug: { equals: story.slug } },
    })
    if (totalDocs > 0) continue
    await createInAllLocales(payload, slugs.stories, storyData(story, serviceIds))
    log(`Seeded the story ${story.slug}.`)
  }
}

/** Partners by name → id, created when missing. */
const ensurePartners = async (payload: Payload) => {
  const ids = new Map<string, number>()
  for (const partner of partners) {
    const { docs } = await payload.find({
      collection: slugs.partners,
      where: { name: { equals: partner.name } },
      limit: 1,
      depth: 0,
    })
    const id =
      docs[0]?.id ??
      (await payload.create({ collection: slugs.partners, data: partner, context })).id
    ids.set(partner.name, id as number)
  }
  return ids
}

const ensureDemoUsers = async (
  payload: Payload,
  unitIds: Map<string, number>,
  serviceIds: Map<string, number>,
) => {
  if (process.env.NODE_ENV === 'production') return
  for (const user of demoUsers) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: user.email } },
    })
    if (totalDocs > 0) continue
    await payload.create({
      collection: 'users',
      data: {
        ...user,
        units: user.units.map((name) => unitIds.get(name)!),
        services: user.services.map((slug) => serviceIds.get(slug)!),
      } as never,
      context,
    })
  }
}

/** The outreach log's activities by campaign code → id and date, created when missing. */
const ensureOutreach = async (
  payload: Payload,
  serviceIds: Map<string, number>,
  partnerIds: Map<string, number>,
) => {
  const activities = new Map<string, { id: number; date: string }>()
  for (const a of outreachActivities) {
    const { docs } = await payload.find({
      collection: slugs.outreachActivities,
      where: { campaignCode: { equals: a.code } },
      limit: 1,
      depth: 0,
    })
    const id =
      docs[0]?.id ??
      (
        await payload.create({
          collection: slugs.outreachActivities,
          data: {
            ...a,
            campaignCode: a.code,
            date: `${a.date}T12:00:00.000Z`,
            partner: a.partner && partnerIds.get(a.partner),
            services: a.services.map((slug) => serviceIds.get(slug)!),
            landing: {
              ...a.landing,
              service: a.landing.service && serviceIds.get(a.landing.service),
            },
          } as never,
          context,
        })
      ).id
    activities.set(a.code, { id: id as number, date: a.date })
  }
  return activities
}

/**
 * The campaign a synthetic referral came through: every third one, through an activity of the log
 * held before it arrived (chosen by its index, so the same on every machine); the rest came some
 * other way.
 */
const seededCampaign = (
  index: number,
  receivedAt: string,
  activities: Map<string, { id: number; date: string }>,
) => {
  if (index % 3 !== 0) return undefined
  const before = [...activities].filter(([, a]) => a.date < receivedAt.slice(0, 10))
  if (before.length === 0) return undefined
  const [code, { id }] = before[Math.floor(index / 3) % before.length]
  return { code, activity: id }
}

/** Real-format reference numbers that are the same on every seeded machine: the n-th synthetic referral's. */
export const seededReference = (index: number) =>
  generateReference((size) =>
    createHash('sha256').update(`synthetic-referral-${index}`).digest().subarray(0, size),
  )

/** A synthetic referral through the same hooks as a real one: submitted, then each step of its history. */
const insertReferral = async (
  payload: Payload,
  r: ReferralSeed,
  index: number,
  serviceIds: Map<string, number>,
  partnerIds: Map<string, number>,
  campaign?: { code: string; activity: number },
) => {
  const service = services.find((s) => s.slug === r.service)!
  const eligibility = evaluateEligibility(
    rulesFromStored(storedFromRules(service.eligibilityRules)),
    applicantFactsFromAnswers(r.answers),
    r.receivedAt.slice(0, 10),
  )
  const created = await payload.create({
    collection: slugs.referrals,
    data: {
      ...referralDataFromAnswers(service.form.definition, r.answers, eligibility),
      service: serviceIds.get(r.service),
      priority: r.priority,
      receivedAt: r.receivedAt,
      reference: seededReference(index),
      ...(campaign && { campaign }),
    } as never,
    context: { ...context, eventAt: r.receivedAt },
  })
  for (const step of r.history) {
    await payload.update({
      collection: slugs.referrals,
      id: created.id,
      data: {
        status: step.to,
        statusReason: step.reason,
        outcome: step.outcome,
        redirectPartner: step.target && partnerIds.get(step.target),
      } as never,
      context: { ...context, eventAt: step.at },
    })
  }
  await insertWorkRecords(payload, created.id, r.work)
}

/**
 * The road-to-work records of a synthetic referral, dated by the generator (which keeps them within the
 * person's support), written as the plugin's own events do: the hand-written records' clock-bound
 * checks would date them today.
 */
const insertWorkRecords = async (
  payload: Payload,
  referral: number | string,
  work: ReferralSeed['work'],
) => {
  const record = (data: Record<string, unknown>, date: string) =>
    payload.create({
      collection: slugs.referralEvents,
      data: { referral, at: `${date}T09:00:00.000Z`, date, ...data } as never,
      context: { ...context, systemEvent: true },
    })
  for (const item of work) {
    // A profile has no date of its own: it is the person as they were when enrolled.
    if (item.type === 'profile') {
      await record({ type: 'profile', profile: item.profile, date: undefined }, item.date)
      continue
    }
    const { end, ...data } = item.type === 'workStart' ? item : { ...item, end: undefined }
    const start = await record(data, item.date)
    if (end)
      await record({ type: 'workEnd', workEnd: { start: start.id, reason: end.reason } }, end.date)
  }
}

export interface SeedOptions {
  referrals: boolean
  log?: (line: string) => void
  today?: string
}

/**
 * Idempotent: services (with their forms), pages, events, stories, outreach activities and demo users are created when missing, never overwritten;
 * synthetic referrals only into an empty queue. Same seed → same data.
 */
export const seed = async (payload: Payload, options: SeedOptions) => {
  const log = options.log ?? (() => {})
  const imageIds = new Map<string, number>()
  for (const [key, image] of Object.entries(images))
    imageIds.set(key, await ensureImage(payload, image))
  const unitIds = await ensureUnits(payload, log)
  const serviceIds = await ensureServices(payload, imageIds, unitIds, log)
  await ensurePages(payload, imageIds.get('pages'), log)
  await ensureEvents(payload, serviceIds, new Date(), log)
  await ensureStories(payload, serviceIds, log)
  await ensureDemoUsers(payload, unitIds, serviceIds)
  const partnerIds = await ensurePartners(payload)
  const activities = await ensureOutreach(payload, serviceIds, partnerIds)
  let referrals = 0
  const { totalDocs } = await payload.count({ collection: slugs.referrals, overrideAccess: true })
  if (options.referrals && totalDocs === 0) {
    const today = options.today ?? new Date().toISOString().slice(0, 10)
    const generated = [
      ...generateReferrals({ seed: 2026, count: 200, today }),
      ...generateReferrals({ seed: 2027, count: 40, today, area: enkopingHaboArea }),
      // After the others, so theirs stay as they were.
      ...generateReferrals({ seed: 2028, count: 42, today, area: goteborgArea }),
    ]
    for (const [index, r] of generated.entries())
      await insertReferral(
        payload,
        r,
        index,
        serviceIds,
        partnerIds,
        seededCampaign(index, r.receivedAt, activities),
      )
    referrals = generated.length
    log(`Seeded ${referrals} synthetic referrals.`)
  }
  return { services: serviceIds.size, referrals }
}
