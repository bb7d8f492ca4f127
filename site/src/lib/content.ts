import { localize, type Locale, type LocalizedText } from '@stodportalen/support-services/domain'
import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import { getCollection, getEntry } from 'astro:content'

import type { Page, QueueStatus, RichText, Service } from '../cms/schemas'

export type PublicService = Service & { serviceId: number }

export const allServices = async () => (await getCollection('services')).map((entry) => entry.data as PublicService)

export const queueStatusOf = async (slug: string) => (await getEntry('queueStatus', slug))?.data as QueueStatus | undefined

/** A localized text in this locale, Swedish when it has not been written yet. */
export const text = (value: LocalizedText | null | undefined, locale: Locale) => (value ? localize(value, locale) : '')

/** A list localized as a whole, Swedish when this language has none. */
export const list = <T>(value: Record<string, T[] | null | undefined> | null | undefined, locale: Locale): T[] =>
  value?.[locale] ?? (locale === 'lattlast' ? value?.sv : undefined) ?? value?.sv ?? []

/** Editor-written pages (/om/<slug>), in the editors' order. */
export const allPages = async () =>
  (await getCollection('pages')).map((entry) => entry.data as Page).sort((a, b) => (a.order ?? 0) - (b.order ?? 0))

/** The pages for the people around the target group, without those about the site itself. */
export const audiencePages = async () => (await allPages()).filter((page) => page.audience !== 'about')

/**
 * Payload's converters with two changes: phone numbers keep their order in right-to-left text
 * ("031-390 06 50", not "50 06 390-031"), and list items are plain (the default adds empty `class`
 * and `style`, and a `value` that belongs in `ol` only; the pages' editor has no checklists).
 */
const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: (args) => {
    const html = (defaultConverters.link as Exclude<typeof defaultConverters.link, string | undefined>)(args)
    return args.node.fields.url?.startsWith('tel:') ? `<span dir="ltr">${html}</span>` : html
  },
  listitem: ({ node, nodesToHTML }) => {
    const nested = node.children.some((child) => child.type === 'list')
    return `<li${nested ? ' style="list-style: none"' : ''}>${nodesToHTML({ nodes: node.children }).join('')}</li>`
  },
})

/**
 * Rich text in this locale as HTML, rendered at build time by Payload's own converter. Swedish when
 * this language has not been written yet: `fallback` tells the page to mark it as Swedish.
 */
export const richText = (value: Record<string, RichText | null | undefined>, locale: Locale) => {
  const fallback = !value[locale]
  const data = (value[locale] ?? value.sv) as Parameters<typeof convertLexicalToHTML>[0]['data']
  return { html: convertLexicalToHTML({ data, converters, disableContainer: true }), fallback }
}
