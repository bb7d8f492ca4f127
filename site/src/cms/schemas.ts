import { formFromStored, rulesFromStored } from '@stodportalen/support-services/adapters'
import {
  eligibilityRulesSchema,
  eventAudiences,
  eventKinds,
  formDefinitionSchema,
  locales,
  type LocalizedText,
  publicCount,
  storyOutcomes,
} from '@stodportalen/support-services/domain'
import { z } from 'zod'

import type { SiteImage } from '../lib/images'

/** A localized field read with `locale=all`: Swedish always, other languages when written. */
export const localizedText = z
  .record(z.string(), z.string().nullable().optional())
  .refine((value) => typeof value.sv === 'string', 'Swedish text is missing')
  .transform((value) =>
    Object.fromEntries(
      Object.entries(value).filter(([k, v]) => (locales as readonly string[]).includes(k) && v),
    ),
  ) as unknown as z.ZodType<LocalizedText>

const optionalText = localizedText.nullable().optional()

/** A whole list localized per language (an easy-to-read version may have fewer points). */
const localizedList = <T extends z.ZodType>(row: T) =>
  z.record(z.string(), z.array(row).nullable().optional())

/** How residents reach a service or a unit. */
const contactSchema = z
  .object({
    phone: z.string().nullable().optional(),
    email: z.string().nullable().optional(),
    address: z.string().nullable().optional(),
    openingHours: optionalText,
  })
  .nullable()
  .optional()

export const serviceSchema = z
  .object({
    id: z.number(),
    slug: z.string(),
    method: z.enum(['ips', 'sed', 'se', 'other']),
    status: z.enum(['open', 'paused', 'closed']),
    name: localizedText,
    summary: localizedText,
    whoFor: optionalText,
    whatYouGet: localizedList(z.object({ text: z.string() }))
      .nullable()
      .optional(),
    howItWorks: localizedList(
      z.object({ title: z.string(), text: z.string().nullable().optional() }),
    )
      .nullable()
      .optional(),
    principles: localizedList(
      z.object({ title: z.string(), text: z.string().nullable().optional() }),
    )
      .nullable()
      .optional(),
    provider: z.string().nullable().optional(),
    /** The unit that gives the service (units collection, by id). */
    unit: z.number(),
    municipalityName: z.string().nullable().optional(),
    contact: contactSchema,
    languages: z.array(z.string()).nullable().optional(),
    eligibility: z.record(z.string(), z.unknown()).nullable().optional(),
    /** The hero image's id in the CMS (content.config.ts puts the image itself in its place). */
    image: z.number().nullable().optional(),
  })
  .transform((doc) => ({
    ...doc,
    rules: eligibilityRulesSchema.parse(rulesFromStored(doc.eligibility as never)),
  }))

export type Service = z.output<typeof serviceSchema>

/** A unit's public face: whom residents contact, and the area whose residents it takes. */
export const unitSchema = z.object({
  id: z.number(),
  name: z.string(),
  contact: contactSchema,
  area: z
    .array(
      z.object({
        municipality: z.string(),
        districts: z.array(z.string()).nullable().optional(),
      }),
    )
    .nullable()
    .transform((area) =>
      (area ?? []).map(({ municipality, districts }) => ({
        municipality,
        ...(districts?.length ? { districts } : {}),
      })),
    ),
})

export type Unit = z.output<typeof unitSchema>

export const formSchema = z
  .object({
    id: z.number(),
    service: z.number(),
    title: localizedText,
    intro: optionalText,
    steps: z.array(z.record(z.string(), z.unknown())),
  })
  .transform((doc) => ({
    id: doc.id,
    service: doc.service,
    title: doc.title,
    intro: doc.intro ?? undefined,
    definition: formDefinitionSchema.parse(formFromStored(doc as never)),
  }))

export type ReferralForm = z.output<typeof formSchema>

export const queueStatusSchema = z.object({
  service: z.string(),
  waiting: z.union([
    z.object({ kind: z.literal('exact'), value: z.number() }),
    z.object({ kind: z.literal('fewerThan'), value: z.number() }),
  ]) as z.ZodType<ReturnType<typeof publicCount>>,
  estimatedWait: z
    .object({ unit: z.enum(['weeks', 'months']), low: z.number(), high: z.number() })
    .nullable(),
  goalDays: z.number(),
  asOf: z.string(),
})

export type QueueStatus = z.output<typeof queueStatusSchema>

/** Lexical rich text as Payload stores it; the page renders it to HTML at build time. */
const richTextSchema = z.object({
  root: z
    .object({ type: z.literal('root'), children: z.array(z.record(z.string(), z.unknown())) })
    .loose(),
})

export type RichText = z.output<typeof richTextSchema>

export const pageAudiences = [
  'clinics',
  'schools',
  'employers',
  'relatives',
  'agencies',
  'about',
] as const

export const pageSchema = z.object({
  id: z.number(),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  audience: z.enum(pageAudiences),
  order: z.number().nullable().optional(),
  title: localizedText,
  summary: localizedText,
  body: z
    .record(z.string(), richTextSchema.nullable().optional())
    .refine((value) => Boolean(value.sv), 'Swedish text is missing'),
  /** The hero image's id in the CMS (content.config.ts puts the image itself in its place). */
  image: z.number().nullable().optional(),
  updatedAt: z.string(),
})

export type Page = z.output<typeof pageSchema>

const optionalString = z.string().nullable().optional()
const textRecord = z.record(z.string(), z.string().nullable().optional())

/** A localized field that may be empty in every language: only the written ones are kept. */
const optionalLocalized = textRecord
  .nullable()
  .optional()
  .transform((value) => {
    const written = Object.entries(value ?? {}).filter(
      ([k, v]) => (locales as readonly string[]).includes(k) && v,
    )
    return written.length > 0 && value?.sv
      ? (Object.fromEntries(written) as LocalizedText)
      : undefined
  })
  .optional()

export const eventSchema = z.object({
  id: z.number(),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  kind: z.enum(eventKinds),
  title: localizedText,
  text: z.record(z.string(), richTextSchema.nullable().optional()).nullable().optional(),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  attendance: z.enum(['venue', 'online']),
  onlineUrl: optionalString,
  venue: z
    .object({
      name: optionalString,
      street: optionalString,
      postalCode: optionalString,
      city: optionalString,
      directions: optionalLocalized,
      accessibility: optionalLocalized,
    })
    .nullable()
    .optional(),
  signUp: z
    .object({ text: optionalLocalized, phone: optionalString, email: optionalString })
    .nullable()
    .optional(),
  cancelled: z.boolean().nullable().optional(),
  audiences: z.array(z.enum(eventAudiences)).nullable().optional(),
  services: z.array(z.number()).nullable().optional(),
  languages: z.array(z.string()).nullable().optional(),
  /** The hero image's id in the CMS (content.config.ts puts the image itself in its place). */
  image: z.number().nullable().optional(),
  updatedAt: z.string(),
})

export type CmsEvent = z.output<typeof eventSchema>

/**
 * An event as the site keeps it (see content.config.ts): under its slug, with its id in the CMS as
 * `eventId` and its text as HTML by language.
 */
export type PublicEvent = Omit<CmsEvent, 'id' | 'image' | 'text'> & {
  eventId: number
  text: Record<string, string>
  image?: SiteImage
}

/** A published story; its consent record is staff-only and never reaches the public API. */
export const storySchema = z.object({
  id: z.number(),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string(),
  title: localizedText,
  text: z
    .record(z.string(), richTextSchema.nullable().optional())
    .refine((value) => Boolean(value.sv), 'Swedish text is missing'),
  photo: z.number().nullable().optional(),
  service: z.number(),
  outcome: z.enum(storyOutcomes),
  createdAt: z.string(),
  updatedAt: z.string(),
})

export type CmsStory = z.output<typeof storySchema>

/**
 * A story as the site keeps it: under its slug, with its text as HTML by language and its photo,
 * when it has one, resolved to the image itself.
 */
export type PublicStory = Omit<CmsStory, 'id' | 'photo' | 'text'> & {
  storyId: number
  text: Record<string, string>
  photo: null | SiteImage
}
