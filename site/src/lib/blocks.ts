import { htmlLang, type Locale } from '@stodportalen/support-services/domain'

import type { SiteDocument } from './cmsFiles'

import { t } from '../i18n/content'
import { localePath } from '../i18n/routes'
import { imageAttributes, imageHtml, type SiteImage } from './images'

/**
 * The editors' content blocks (cms/src/content/blocks.ts) and images as HTML: plain elements with
 * the site's classes, no JavaScript (questions open with native <details>). What a block refers to
 * and the site does not have (an image left out, a closed service) is left out or falls back.
 */

/** What the blocks refer to, by id, as the build has it. */
export interface ContentContext {
  images: ReadonlyMap<number, SiteImage>
  documents: ReadonlyMap<number, SiteDocument>
  /** The services whose form page the site has (cms/public.ts). */
  serviceSlugs: ReadonlyMap<number, string>
}

export const escapeHtml = (value: unknown) =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

const idOf = (value: unknown) =>
  typeof value === 'number' ? value : (value as { id?: number } | null)?.id

type Fields = Record<string, unknown>
type Items = Fields[] | null | undefined

/** An image in the text: full column width, loaded when it comes near. */
export const imageInText = (value: unknown, locale: Locale, context: ContentContext) => {
  const image = context.images.get(idOf(value) ?? -1)
  const attributes = image && imageAttributes(image, locale)
  return attributes ? `<figure class="text-image">${imageHtml(attributes)}</figure>` : ''
}

const callToAction = (fields: Fields, locale: Locale, context: ContentContext) => {
  const slug = fields.target === 'form' && context.serviceSlugs.get(idOf(fields.service) ?? -1)
  const href = localePath(locale, slug ? `stod/${slug}/anmalan` : 'passar-det-mig')
  return `<p class="call-to-action"><a class="button" href="${escapeHtml(href)}">${escapeHtml(fields.text)}</a></p>`
}

const facts = (fields: Fields) =>
  `<aside class="facts"><h2>${escapeHtml(fields.heading)}</h2><ul>${((fields.items as Items) ?? [])
    .map((item) => `<li>${escapeHtml(item.text)}</li>`)
    .join('')}</ul></aside>`

const questions = (fields: Fields) =>
  `<div class="questions">${((fields.items as Items) ?? [])
    .map(
      (item) =>
        `<details><summary>${escapeHtml(item.question)}</summary><p>${escapeHtml(item.answer)}</p></details>`,
    )
    .join('')}</div>`

const quote = (fields: Fields) =>
  `<figure class="quote"><blockquote><p>${escapeHtml(fields.text)}</p></blockquote>${
    fields.attribution ? `<figcaption>${escapeHtml(fields.attribution)}</figcaption>` : ''
  }</figure>`

const contact = (fields: Fields, locale: Locale) => {
  const line = (label: string, value: string) =>
    `<li><span class="label">${escapeHtml(label)}:</span> ${value}</li>`
  const phone = fields.phone as string | undefined
  const email = fields.email as string | undefined
  const lines = [
    phone &&
      line(
        t(locale, 'phone'),
        `<a href="tel:${escapeHtml(phone.replace(/[^\d+]/g, ''))}" dir="ltr">${escapeHtml(phone)}</a>`,
      ),
    email &&
      line(t(locale, 'email'), `<a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>`),
    fields.hours && line(t(locale, 'hours'), escapeHtml(fields.hours)),
  ].filter(Boolean)
  return `<div class="contact-card"><p class="name">${escapeHtml(fields.name)}</p>${
    fields.role ? `<p>${escapeHtml(fields.role)}</p>` : ''
  }${lines.length ? `<ul>${lines.join('')}</ul>` : ''}</div>`
}

/** "PDF, 120 kB" in the reader's language: sizes in kB below a megabyte, one decimal above. */
export const fileSize = (bytes: number, locale: Locale) => {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(htmlLang(locale), { maximumFractionDigits: digits }).format(value)
  return bytes < 1024 * 1024
    ? `${format(Math.max(1, Math.round(bytes / 1024)), 0)} kB`
    : `${format(bytes / 1024 / 1024, 1)} MB`
}

const documentLink = (fields: Fields, locale: Locale, context: ContentContext) => {
  const doc = context.documents.get(idOf(fields.document) ?? -1)
  if (!doc) return ''
  const details = t(locale, 'documentDetails', {
    format: doc.format,
    size: fileSize(doc.bytes, locale),
    language: t(locale, `language.${doc.language}`),
  })
  return `<p class="document"><a href="${escapeHtml(doc.href)}" hreflang="${htmlLang(doc.language)}" download>${escapeHtml(
    (fields.text as string | undefined) || doc.title,
  )}</a> <span class="document-details">(${escapeHtml(details)})</span></p>`
}

const renderers: Record<
  string,
  (fields: Fields, locale: Locale, context: ContentContext) => string
> = { callToAction, facts, questions, quote, contact, document: documentLink }

export const blockTypes = Object.keys(renderers)

/** A content block as HTML; an unknown kind (from a newer CMS) is left out. */
export const blockHtml = (fields: Fields, locale: Locale, context: ContentContext) =>
  renderers[fields.blockType as string]?.(fields, locale, context) ?? ''
