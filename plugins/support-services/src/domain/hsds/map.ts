/**
 * Our services as HSDS 3.1 objects: a pure mapping from what the CMS stores (texts already in the
 * asked-for language) to the objects of the open data. Ids come from `hsdsId`, rules are worded by
 * the information sheet's `ruleStatements`, waiting figures are the site's own (already masked).
 */
import type { EligibilityRules } from '../eligibility'
import type { SheetQueueStatus, SheetService } from '../infoSheet'
import type {
  HsdsAttribute,
  HsdsOrganization,
  HsdsPage,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsServiceCapacity,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './schema'

import { ruleStatements, sheetLink } from '../infoSheet'
import { sheetText } from '../infoSheetText'
import { htmlLang, type Locale, localize } from '../locales'
import { hsdsId } from './ids'
import { hsdsText } from './texts'

/** What a service is made from: the sheet's service plus what only the open data needs. */
export interface HsdsServiceSource extends SheetService {
  id: number
  method: 'ips' | 'other' | 'se' | 'sed'
  municipalityName?: string
  languages?: string[]
  updatedAt: string
}

export interface HsdsContext {
  locale: Locale
  /** The public site's address: service pages and forms are there. */
  siteUrl: string
}

/** The methods that have a term in the published taxonomy ("other" has none). */
export const hsdsMethods = ['ips', 'sed', 'se'] as const
export type HsdsMethod = (typeof hsdsMethods)[number]

const taxonomyKey = 'methods'

export const hsdsTaxonomyOf = (locale: Locale): HsdsTaxonomy => ({
  id: hsdsId('taxonomy', taxonomyKey),
  name: hsdsText(locale, 'taxonomyName'),
  description: hsdsText(locale, 'taxonomyDescription'),
  version: '1',
})

export const hsdsTermId = (method: HsdsMethod) => hsdsId('taxonomy_term', method)

export const hsdsTermOf = (method: HsdsMethod, locale: Locale): HsdsTaxonomyTerm => ({
  id: hsdsTermId(method),
  code: method.toUpperCase(),
  name: hsdsText(locale, `term.${method}`),
  description: hsdsText(locale, `term.${method}.description`),
  taxonomy_id: hsdsId('taxonomy', taxonomyKey),
  language: htmlLang(locale),
})

/** The method a term id stands for, or undefined for an id that is no term of ours. */
export const methodOfTerm = (termId: string): HsdsMethod | undefined =>
  hsdsMethods.find((method) => hsdsTermId(method) === termId.toLowerCase())

/** Who provides a service: its provider, else its municipality. */
export const organizationName = (
  service: Pick<HsdsServiceSource, 'municipalityName' | 'provider'>,
) => service.provider?.trim() || service.municipalityName?.trim() || undefined

export const organizationId = (name: string) => hsdsId('organization', name)

export const hsdsOrganizationOf = (
  name: string,
  serviceNames: string[],
  context: HsdsContext,
): HsdsOrganization => ({
  id: organizationId(name),
  name,
  description: hsdsText(context.locale, 'organizationDescription', {
    services: serviceNames.join(', '),
  }),
  website: new URL('/', context.siteUrl).href,
})

const pageOf = (service: HsdsServiceSource, context: HsdsContext) =>
  sheetLink({ siteUrl: context.siteUrl, slug: service.slug, locale: context.locale })

const formOf = (service: HsdsServiceSource, context: HsdsContext) =>
  `${pageOf(service, context)}/anmalan`

/** The rules other than age (which has fields of its own) as attributes, each worded. */
const ruleAttributes = (service: HsdsServiceSource, { locale }: HsdsContext): HsdsAttribute[] => {
  const { rules } = service
  const serviceId = hsdsId('service', service.id)
  const worded = (only: EligibilityRules) => ruleStatements(only, locale, false)[0]
  const attribute = (key: string, label: string, value: string): HsdsAttribute => ({
    id: hsdsId('attribute', `${service.id}:${key}`),
    link_id: serviceId,
    link_type: 'eligibility',
    link_entity: 'service',
    label,
    value,
  })
  const list: HsdsAttribute[] = []
  if (rules.residence?.municipalities.length)
    list.push(
      attribute(
        'residence',
        worded({ residence: rules.residence }),
        rules.residence.municipalities.join(','),
      ),
    )
  if (rules.careContact?.anyOf.length)
    list.push(
      attribute(
        'careContact',
        worded({ careContact: rules.careContact }),
        rules.careContact.anyOf.join(','),
      ),
    )
  if (rules.goal?.anyOf.length)
    list.push(attribute('goal', worded({ goal: rules.goal }), rules.goal.anyOf.join(',')))
  if (rules.consentToCollaboration)
    list.push(attribute('consent', hsdsText(locale, 'consent'), 'true'))
  for (const question of rules.questions ?? [])
    list.push(
      attribute(
        `question:${question.id}`,
        localize(question.question, locale),
        question.expected ? 'yes' : 'no',
      ),
    )
  return list
}

/** The service's method as a term of the published taxonomy. */
const methodAttribute = (service: HsdsServiceSource, locale: Locale): HsdsAttribute[] => {
  const method = hsdsMethods.find((m) => m === service.method)
  if (!method) return []
  return [
    {
      id: hsdsId('attribute', `${service.id}:method`),
      link_id: hsdsId('service', service.id),
      taxonomy_term_id: hsdsTermId(method),
      link_type: 'service_type',
      link_entity: 'service',
      taxonomy_term: hsdsTermOf(method, locale),
    },
  ]
}

/** The rules in words: who the service is for, as the information sheet says it to a professional. */
export const eligibilityDescription = (rules: EligibilityRules, locale: Locale) =>
  [
    ...ruleStatements(rules, locale, false),
    ...(rules.consentToCollaboration ? [hsdsText(locale, 'consent')] : []),
  ].join(' ')

/**
 * The public queue figures as HSDS capacities: people waiting (fewer than 5 reads as 5, "at most",
 * as the site masks it, and says so in words and in an attribute), and the estimated wait as a
 * range in weeks or months (absent when there is no honest estimate).
 */
export const hsdsCapacities = (
  serviceDbId: number,
  status: SheetQueueStatus,
  { locale }: HsdsContext,
): HsdsServiceCapacity[] => {
  const serviceId = hsdsId('service', serviceDbId)
  const { waiting, estimatedWait } = status
  const waitingUnit = { id: hsdsId('unit', 'waiting'), name: hsdsText(locale, 'unit.waiting') }
  const capacities: HsdsServiceCapacity[] = [
    {
      id: hsdsId('service_capacity', `${serviceDbId}:waiting`),
      service_id: serviceId,
      unit: waitingUnit,
      unit_id: waitingUnit.id,
      available: waiting.value,
      description: `${hsdsText(locale, 'waitingDescription')} ${
        waiting.kind === 'exact'
          ? sheetText(locale, 'waitingCount', { count: waiting.value })
          : sheetText(locale, 'waitingFew')
      }`,
      updated: status.asOf,
      attributes: [
        {
          id: hsdsId('attribute', `${serviceDbId}:waiting:count`),
          link_id: hsdsId('service_capacity', `${serviceDbId}:waiting`),
          link_type: 'count',
          link_entity: 'service_capacity',
          label: 'count',
          value: waiting.kind,
        },
      ],
    },
  ]
  if (estimatedWait) {
    const { unit: name, low, high } = estimatedWait
    const unit = {
      id: hsdsId('unit', name),
      name: hsdsText(locale, name === 'weeks' ? 'unit.weeks' : 'unit.months'),
      scheme: 'UCUM',
      identifier: name === 'weeks' ? 'wk' : 'mo',
    }
    capacities.push({
      id: hsdsId('service_capacity', `${serviceDbId}:wait`),
      service_id: serviceId,
      unit,
      unit_id: unit.id,
      available: low,
      maximum: high,
      description: `${hsdsText(locale, 'waitDescription')} ${sheetText(
        locale,
        name === 'weeks' ? 'waitWeeks' : 'waitMonths',
        { low, high },
      )}.`,
      updated: status.asOf,
    })
  }
  return capacities
}

const phonesOf = (service: HsdsServiceSource) =>
  service.contact?.phone
    ? [
        {
          id: hsdsId('phone', service.id),
          service_id: hsdsId('service', service.id),
          number: service.contact.phone,
          type: 'voice' as const,
        },
      ]
    : []

const schedulesOf = (service: HsdsServiceSource, locale: Locale) =>
  service.contact?.openingHours
    ? [
        {
          id: hsdsId('schedule', service.id),
          service_id: hsdsId('service', service.id),
          description: localize(service.contact.openingHours, locale),
        },
      ]
    : []

/** Drops keys whose value is undefined, so the JSON has no nulls the specification does not allow. */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

/** Language names in each locale, made once: making an `Intl.DisplayNames` costs more than a page. */
const languageNamesByLocale = new Map<Locale, Intl.DisplayNames>()
const languageNames = (locale: Locale) => {
  let names = languageNamesByLocale.get(locale)
  if (!names) {
    names = new Intl.DisplayNames([htmlLang(locale)], { type: 'language' })
    languageNamesByLocale.set(locale, names)
  }
  return names
}

/** A language the staff speak: stored as an ISO 639 code (sv, ar), named in the reader's language. */
const languageOf = (language: string, key: string, serviceId: string, locale: Locale) => {
  const code = /^[a-z]{2,3}$/.test(language) ? language : undefined
  return defined({
    id: hsdsId('language', key),
    service_id: serviceId,
    name: code ? (languageNames(locale).of(code) ?? code) : language,
    code,
  })
}

/** One service, whole: texts, rules, provider, contact, schedule, links and (when given) its capacity. */
export const hsdsServiceOf = (
  service: HsdsServiceSource,
  status: null | SheetQueueStatus,
  context: HsdsContext,
): HsdsService => {
  const { locale } = context
  const id = hsdsId('service', service.id)
  const provider = organizationName(service)
  const { contact = {}, rules } = service
  const form = formOf(service, context)
  return defined({
    id,
    organization_id: provider && organizationId(provider),
    name: localize(service.name, locale),
    description: localize(service.summary, locale) || undefined,
    url: pageOf(service, context),
    additional_urls: [
      {
        id: hsdsId('url', `${service.id}:form`),
        label: hsdsText(locale, 'referralForm'),
        url: form,
        service_id: id,
      },
    ],
    email: contact.email || undefined,
    status: 'active' as const,
    application_process: `${sheetText(locale, 'apply.form.other')} ${form}`,
    eligibility_description: eligibilityDescription(rules, locale) || undefined,
    minimum_age: rules.age?.min,
    maximum_age: rules.age?.max,
    last_modified: service.updatedAt,
    phones: phonesOf(service),
    schedules: schedulesOf(service, locale),
    languages: (service.languages ?? []).map((language, index) =>
      languageOf(language, `${service.id}:${index}`, id, locale),
    ),
    contacts: contact.email
      ? [
          {
            id: hsdsId('contact', service.id),
            service_id: id,
            name: hsdsText(locale, 'intake'),
            email: contact.email,
            phones: phonesOf(service),
          },
        ]
      : [],
    capacities: status ? hsdsCapacities(service.id, status, context) : undefined,
    attributes: [...methodAttribute(service, locale), ...ruleAttributes(service, context)],
  })
}

/**
 * Where a service is given: one place per service, its contact address (or its municipality when it
 * has none), with its phone and schedule.
 */
export const hsdsServiceAtLocationOf = (
  service: HsdsServiceSource,
  context: HsdsContext,
): HsdsServiceAtLocation => {
  const place = service.contact?.address?.trim() || service.municipalityName?.trim()
  const provider = organizationName(service)
  const location = place
    ? defined({
        id: hsdsId('location', service.id),
        location_type: 'physical' as const,
        organization_id: provider && organizationId(provider),
        name: place,
      })
    : undefined
  return defined({
    id: hsdsId('service_at_location', service.id),
    service_id: hsdsId('service', service.id),
    location_id: location?.id,
    description: localize(service.name, context.locale),
    phones: phonesOf(service),
    schedules: schedulesOf(service, context.locale),
    location,
  })
}

/** The specification's paginated list response. */
export const hsdsPageOf = <T>(
  contents: T[],
  totalItems: number,
  pageNumber: number,
  perPage: number,
): HsdsPage<T> => {
  const totalPages = Math.ceil(totalItems / perPage)
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: totalItems === 0,
    contents,
  }
}
