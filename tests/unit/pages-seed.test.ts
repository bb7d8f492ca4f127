import { defaultDeleteAfterDays, type Locale, locales } from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { pages } from '../../seed/data/pages'
import { plainText, richText } from '../../seed/src/lexical'

/** Every string of a page in one locale: title, summary, the body's text and link addresses. */
const textsOf = (page: (typeof pages)[number], locale: Locale) => [
  page.title[locale],
  page.summary[locale],
  ...plainText(richText(page.body[locale])),
]
/** A path under another language than Swedish (`/en/…`, `/fi/…`). */
const otherLocalePrefix = new RegExp(`^/(${locales.filter((l) => l !== 'sv').join('|')})/`)
const allTexts = pages.flatMap((page) => locales.flatMap((locale) => textsOf(page, locale)))

/** PTS's ranges for fiction: 031-390 06 00–99 and 070-174 06 05–99. */
const isFictionPhone = (phone: string) => {
  const digits = phone.replace(/^tel:\+46/, '0').replace(/\D/g, '')
  const n = Number(digits.slice(-2))
  return (
    (digits.startsWith('03139006') && digits.length === 10) ||
    (digits.startsWith('07017406') && digits.length === 10 && n >= 5)
  )
}

describe('seed pages', () => {
  it('has one page per audience, plus privacy and accessibility (the footer links to them)', () => {
    const audiences = pages.filter((p) => p.audience !== 'about').map((p) => p.audience)
    expect(audiences.sort()).toEqual(['agencies', 'clinics', 'employers', 'relatives', 'schools'])
    expect(pages.filter((p) => p.audience === 'about').map((p) => p.slug)).toEqual([
      'integritet',
      'tillganglighet',
    ])
  })

  it('has unique slugs that work in an address', () => {
    const slugs = pages.map((p) => p.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it.each(pages.map((p) => [p.slug, p] as const))(
    '%s: has title, summary and body in every locale',
    (_, page) => {
      for (const locale of locales) {
        expect(page.title[locale]?.trim(), `title.${locale}`).toBeTruthy()
        expect(page.summary[locale]?.trim(), `summary.${locale}`).toBeTruthy()
        expect(page.body[locale]?.length, `body.${locale}`).toBeGreaterThan(1)
        expect(
          plainText(richText(page.body[locale])).join('').length,
          `body.${locale}`,
        ).toBeGreaterThan(200)
      }
    },
  )

  it.each(pages.map((p) => [p.slug, p] as const))(
    '%s: writes Arabic in Arabic script',
    (_, page) => {
      expect(page.title.ar).toMatch(/[\u0600-\u06FF]/)
      expect(page.summary.ar).toMatch(/[\u0600-\u06FF]/)
      const body = plainText(richText(page.body.ar)).join(' ')
      expect(body.match(/[\u0600-\u06FF]/g)?.length ?? 0).toBeGreaterThan(
        body.match(/[A-Za-z]/g)?.length ?? 0,
      )
    },
  )

  it('links to pages of the site in the same language', () => {
    for (const page of pages) {
      for (const locale of locales) {
        const internal = plainText(richText(page.body[locale])).filter((t) => t.startsWith('/'))
        for (const href of internal) {
          if (locale === 'sv') expect(href, `${page.slug}.${locale}`).not.toMatch(otherLocalePrefix)
          else expect(href, `${page.slug}.${locale}`).toMatch(new RegExp(`^/${locale}/`))
        }
      }
    }
  })

  it('uses fictional contact details only', () => {
    const phones = allTexts.flatMap((t) =>
      [...t.matchAll(/(?:tel:\+46\d+|\b0\d{1,3}-\d{2,3}(?: \d{2,3}){1,3}\b)/g)].map((m) => m[0]),
    )
    const emails = allTexts.flatMap((t) =>
      [...t.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0]),
    )
    expect(phones.length).toBeGreaterThan(10)
    expect(emails.length).toBeGreaterThan(10)
    for (const phone of phones) expect(isFictionPhone(phone), phone).toBe(true)
    for (const email of emails) expect(email).toMatch(/@[\w-]+\.example$/)
    // Links go to the site itself, to contact details, or to the two public authorities named.
    const external = allTexts.filter((t) => /^https?:/.test(t))
    for (const url of external) expect(url).toMatch(/^https:\/\/www\.(imy|digg)\.se\//)
  })

  it('tells the truth the privacy page must tell', () => {
    const privacy = pages.find((p) => p.slug === 'integritet')!
    const sv = textsOf(privacy, 'sv').join(' ')
    expect(sv).toMatch(/aldrig efter diagnos/)
    // Retention deletes referrals that never became a case this many days after closing.
    expect(sv).toContain(`raderar vi den ${defaultDeleteAfterDays} dagar efter att den avslutades`)
    for (const locale of locales)
      expect(textsOf(privacy, locale).join(' '), locale).toContain(String(defaultDeleteAfterDays))
    expect(sv).toMatch(/dokumenthanteringsplan/)
    expect(sv).toMatch(/bara ett referensnummer/)
  })

  it('has an accessibility statement with a way to report problems and to DIGG', () => {
    const statement = pages.find((p) => p.slug === 'tillganglighet')!
    for (const locale of locales) {
      const text = textsOf(statement, locale).join(' ')
      expect(text, locale).toContain('mailto:tillganglighet@uppsala.example')
      expect(text, locale).toContain('031-390 06 50')
      expect(text, locale).toContain('DIGG')
    }
    const sv = textsOf(statement, 'sv').join(' ')
    expect(sv).toMatch(/WCAG 2\.1/)
    expect(sv).toMatch(/EN 301 549/)
    expect(sv).toMatch(/axe/)
    expect(sv).toMatch(/anger vi inte att den är helt förenlig/) // a status we cannot back with a full audit
  })
})
