/**
 * The printed information sheet (and poster) of a service: what it says, for one audience in one
 * language, made from the service's CMS texts, its eligibility rules and its public queue figures. The
 * HTML page and the server's PDF both draw this one content, so they never say different things.
 */
import type { EligibilityRules } from './eligibility'
import type { PublicCount, WaitRange } from './queue'

import { campaignPath, normalizeCampaignCode } from './campaign'
import { eventAudiences } from './events'
import { sheetText, type SheetTextKey } from './infoSheetText'
import {
  defaultLocale,
  htmlLang,
  type Locale,
  locales,
  localize,
  type LocalizedText,
  textDirection,
} from './locales'
import { municipalityName } from './municipalities'

/** Residents themselves, or the people around them (the audiences of events and editor pages). */
export const sheetAudiences = ['residents', ...eventAudiences] as const
export type SheetAudience = (typeof sheetAudiences)[number]

/** An A4 information sheet, or a poster with a large QR code and few words. */
export const sheetVariants = ['sheet', 'poster'] as const
export type SheetVariant = (typeof sheetVariants)[number]

/** The paper: the sheet is A4; the poster also A3, the A4 poster enlarged by √2 (as A3 is to A4). */
export const sheetSizes = ['A4', 'A3'] as const
export type SheetSize = (typeof sheetSizes)[number]

/** A list the editors localize as a whole (an easy-to-read version may have fewer points). */
export type LocalizedList<T> = Partial<Record<Locale, null | T[]>>

export interface SheetService {
  slug: string
  status: 'closed' | 'open' | 'paused'
  name: LocalizedText
  summary: LocalizedText
  whoFor?: LocalizedText
  whatYouGet?: LocalizedList<{ text: string }>
  provider?: string
  contact?: { phone?: string; email?: string; address?: string; openingHours?: LocalizedText }
  rules: EligibilityRules
}

/** The public queue figures as the site shows them (small counts already masked). */
export interface SheetQueueStatus {
  waiting: PublicCount
  estimatedWait: null | WaitRange
  asOf: string
}

export interface SheetContactItem {
  label: string
  value: string
  /** Phone numbers, e-mail and street addresses, the provider's Swedish name: left to right in every language. */
  ltr: boolean
}

export interface InfoSheet {
  variant: SheetVariant
  size: SheetSize
  audience: SheetAudience
  locale: Locale
  lang: string
  dir: 'ltr' | 'rtl'
  title: string
  intro: string
  about: { heading: string; summary: string; points: string[] }
  whoFor: { heading: string; text: string; rules: string[]; note: string }
  apply: { heading: string; steps: string[] }
  waiting: { heading: string; estimate: string; detail: string }
  contact: { heading: string; items: SheetContactItem[] }
  qr: { url: string; shownUrl: string; caption: string; label: string }
  poster: { headline: string; call: string }
}

/** At most this many "what you get" points: the sheet must stay on one page. */
const maxPoints = 4

/**
 * The address the sheet's QR code and printed link lead to: the campaign link when there is a code,
 * else the service's page in the sheet's language.
 */
export const sheetLink = (args: {
  siteUrl: string
  slug: string
  locale: Locale
  code?: null | string
}): string => {
  const path = args.code
    ? campaignPath(args.code)
    : `${args.locale === defaultLocale ? '' : `/${args.locale}`}/stod/${args.slug}`
  return new URL(path, args.siteUrl).href
}

/** A localized list in this locale: Swedish when the language has none. */
const listIn = <T>(list: LocalizedList<T> | undefined, locale: Locale): T[] =>
  list?.[locale] ?? list?.sv ?? []

const joinOr = (words: string[], locale: Locale) =>
  words.length < 2
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} ${sheetText(locale, 'or')} ${words.at(-1)}`

/** The eligibility rules as short statements about the reader ("du") or the person ("personen"). */
export const ruleStatements = (
  rules: EligibilityRules,
  locale: Locale,
  self: boolean,
): string[] => {
  const who = self ? 'self' : 'other'
  const say = (key: string, params: Record<string, number | string>) =>
    sheetText(locale, `${key}.${who}` as SheetTextKey, params)
  const statements: string[] = []
  const { age } = rules
  if (age?.min != null && age.max != null) statements.push(say('age.range', age))
  else if (age?.min != null) statements.push(say('age.min', age))
  else if (age?.max != null) statements.push(say('age.max', age))
  if (rules.residence?.municipalities.length) {
    const places = rules.residence.municipalities.map((code) => municipalityName(code) ?? code)
    statements.push(say('residence', { places: joinOr(places, locale) }))
  }
  if (rules.goal?.anyOf.length) {
    const goals = rules.goal.anyOf.map((goal) => sheetText(locale, `goal.${goal}`))
    statements.push(say('goal', { goals: joinOr(goals, locale) }))
  }
  if (rules.careContact?.anyOf.length) {
    const contacts = rules.careContact.anyOf.map((kind) => sheetText(locale, `care.${kind}`))
    statements.push(say('care', { contacts: joinOr(contacts, locale) }))
  }
  return statements
}

/** The waiting time worded as on the service page: a rounded range, masked counts, the day it holds for. */
const waitingOf = (status: null | SheetQueueStatus | undefined, locale: Locale) => {
  const heading = sheetText(locale, 'waitingTime')
  const wait = status?.estimatedWait
  const estimate = !wait
    ? sheetText(locale, 'waitUnknown')
    : sheetText(locale, wait.unit === 'weeks' ? 'waitWeeks' : 'waitMonths', wait)
  if (!status) return { heading, estimate, detail: '' }
  const count =
    status.waiting.kind === 'exact'
      ? sheetText(locale, 'waitingCount', { count: status.waiting.value })
      : sheetText(locale, 'waitingFew')
  const date = new Intl.DateTimeFormat(htmlLang(locale), {
    dateStyle: 'long',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(status.asOf))
  return { heading, estimate, detail: `${count} ${sheetText(locale, 'waitAsOf', { date })}` }
}

const contactOf = (service: SheetService, locale: Locale): SheetContactItem[] => {
  const { contact = {} } = service
  const items: Array<'' | SheetContactItem | undefined> = [
    service.provider && {
      label: sheetText(locale, 'provider'),
      value: service.provider,
      ltr: true,
    },
    contact.phone && { label: sheetText(locale, 'phone'), value: contact.phone, ltr: true },
    contact.email && { label: sheetText(locale, 'email'), value: contact.email, ltr: true },
    contact.openingHours && {
      label: sheetText(locale, 'openingHours'),
      value: localize(contact.openingHours, locale),
      ltr: false,
    },
    contact.address && { label: sheetText(locale, 'address'), value: contact.address, ltr: true },
  ]
  return items.filter((item): item is SheetContactItem => Boolean(item))
}

/** The whole sheet: every text it prints, in the locale, for the audience, leading to `link`. */
export const infoSheet = (args: {
  service: SheetService
  audience: SheetAudience
  locale: Locale
  variant?: SheetVariant
  size?: SheetSize
  queueStatus?: null | SheetQueueStatus
  link: string
}): InfoSheet => {
  const { service, audience, locale, link } = args
  const self = audience === 'residents'
  const who = self ? 'self' : 'other'
  const name = localize(service.name, locale)
  const shownUrl = link.replace(/^https?:\/\//, '').replace(/\/$/, '')
  const steps =
    service.status === 'open'
      ? [
          sheetText(locale, `apply.link.${who}`, { url: shownUrl }),
          sheetText(locale, `apply.form.${who}`),
          sheetText(locale, `apply.call.${who}`),
        ]
      : [sheetText(locale, 'paused', { name })]
  return {
    variant: args.variant ?? 'sheet',
    size: args.size ?? 'A4',
    audience,
    locale,
    lang: htmlLang(locale),
    dir: textDirection(locale),
    title: name,
    intro: sheetText(locale, `intro.${audience}`),
    about: {
      heading: sheetText(locale, 'whatItIs', { name }),
      summary: localize(service.summary, locale),
      points: listIn(service.whatYouGet, locale)
        .slice(0, maxPoints)
        .map((point) => point.text),
    },
    whoFor: {
      heading: sheetText(locale, `whoFor.${who}`),
      text: service.whoFor ? localize(service.whoFor, locale) : '',
      rules: ruleStatements(service.rules, locale, self),
      note: sheetText(locale, `note.${who}`),
    },
    apply: { heading: sheetText(locale, `apply.${who}`), steps },
    waiting: waitingOf(args.queueStatus, locale),
    contact: { heading: sheetText(locale, 'contact'), items: contactOf(service, locale) },
    qr: {
      url: link,
      shownUrl,
      caption: sheetText(locale, 'qrCaption'),
      label: sheetText(locale, 'qrLabel', { url: shownUrl }),
    },
    poster: {
      headline: sheetText(locale, `poster.${who}`),
      call: sheetText(locale, `poster.call.${who}`, { name }),
    },
  }
}

export interface SheetRequest {
  audience: SheetAudience
  locale: Locale
  variant: SheetVariant
  size: SheetSize
  code: null | string
}

/** One parameter that cannot be used, named, with what it may be (for staff who wire a link up). */
export interface SheetRequestError {
  field: keyof SheetRequest
  message: string
}

const oneOf = <T extends string>(
  value: null | string,
  allowed: readonly T[],
  fallback: T,
): null | T =>
  value === null || value === '' ? fallback : allowed.includes(value as T) ? (value as T) : null

const refused = (field: SheetRequestError['field'], message: string) =>
  ({ ok: false, error: { field, message } }) as const

/**
 * A sheet's parameters from a query string: audience, locale, variant and size default to residents,
 * Swedish and the A4 sheet (A3 is for the poster); a campaign code is optional but must be one when given.
 */
export const sheetRequest = (query: {
  get: (name: string) => null | string
}): { ok: true; value: SheetRequest } | { ok: false; error: SheetRequestError } => {
  const audience = oneOf(query.get('audience'), sheetAudiences, 'residents')
  if (!audience) return refused('audience', `audience: one of ${sheetAudiences.join(', ')}.`)
  const locale = oneOf(query.get('locale'), locales, defaultLocale)
  if (!locale) return refused('locale', `locale: one of ${locales.join(', ')}.`)
  const variant = oneOf(query.get('variant'), sheetVariants, 'sheet')
  if (!variant) return refused('variant', `variant: one of ${sheetVariants.join(', ')}.`)
  const size = oneOf(query.get('size'), sheetSizes, 'A4')
  if (!size) return refused('size', `size: one of ${sheetSizes.join(', ')}.`)
  if (size === 'A3' && variant !== 'poster') return refused('size', 'size: A3 is for the poster.')
  const given = query.get('code')
  const code = given ? normalizeCampaignCode(given) : null
  if (given && !code)
    return refused('code', 'code: a campaign code of six letters and digits, e.g. K7XM3P.')
  return { ok: true, value: { audience, locale, variant, size, code } }
}
