import {
  infoSheet,
  type Locale,
  locales,
  ruleStatements,
  sheetAudiences,
  sheetLink,
  type SheetQueueStatus,
  sheetRequest,
  type SheetService,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { sheetHtml } from '../../plugins/support-services/src/print/sheetHtml'
import { sheetPdf } from '../../plugins/support-services/src/print/sheetPdf'
import { services } from '../../seed/data/services'
import { pdfPageCount, pdfPageSize, pdfQrCode, pdfText } from '../support/pdf'

const seed = services.find((service) => service.slug === 'ips')!

/** The seeded IPS service as the endpoint reads it from the CMS (lists localized as a whole). */
const ips: SheetService = {
  slug: seed.slug,
  status: 'open',
  name: seed.name,
  summary: seed.summary,
  whoFor: seed.whoFor,
  whatYouGet: Object.fromEntries(
    locales.map((locale) => [
      locale,
      seed.whatYouGet.map((point) => ({ text: point[locale] ?? point.sv })),
    ]),
  ),
  provider: seed.provider,
  contact: seed.contact,
  rules: seed.eligibilityRules,
}

const status: SheetQueueStatus = {
  waiting: { kind: 'exact', value: 12 },
  estimatedWait: { unit: 'weeks', low: 2, high: 3 },
  asOf: '2026-12-01T10:00:00Z',
}
const link = 'https://stodportalen.example/k/ABC234'

const sheetFor = (locale: Locale, audience: (typeof sheetAudiences)[number] = 'residents') =>
  infoSheet({ service: ips, audience, locale, queueStatus: status, link })

describe('the link on a sheet', () => {
  it('is the campaign link when there is a code, else the service page in the language', () => {
    const site = 'https://stodportalen.example'
    expect(sheetLink({ siteUrl: site, slug: 'ips', locale: 'ar', code: 'ABC234' })).toBe(
      `${site}/k/ABC234`,
    )
    expect(sheetLink({ siteUrl: site, slug: 'ips', locale: 'sv' })).toBe(`${site}/stod/ips`)
    expect(sheetLink({ siteUrl: `${site}/`, slug: 'ips', locale: 'lattlast' })).toBe(
      `${site}/lattlast/stod/ips`,
    )
  })
})

describe("a sheet's parameters", () => {
  const parse = (query: string) => sheetRequest(new URLSearchParams(query))

  it('default to residents, Swedish and the A4 sheet; a code is read as typed', () => {
    expect(parse('')).toEqual({
      ok: true,
      value: { audience: 'residents', locale: 'sv', variant: 'sheet', size: 'A4', code: null },
    })
    expect(parse('audience=schools&locale=ar&variant=poster&code=k7x m3p')).toEqual({
      ok: true,
      value: { audience: 'schools', locale: 'ar', variant: 'poster', size: 'A4', code: 'K7XM3P' },
    })
  })

  it('take A3 for the poster only', () => {
    expect(parse('variant=poster&size=A3')).toMatchObject({ ok: true, value: { size: 'A3' } })
    expect(parse('size=A3')).toEqual({
      ok: false,
      error: { field: 'size', message: 'size: A3 is for the poster.' },
    })
  })

  it.each([
    ['audience=everyone', 'audience'],
    ['locale=fr', 'locale'],
    ['variant=flyer', 'variant'],
    ['variant=poster&size=A5', 'size'],
    ['code=O0I1L5', 'code'],
  ])('%s is refused, naming %s', (query, field) => {
    const parsed = parse(query)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error.message).toMatch(new RegExp(`^${field}: `))
  })
})

describe('the sheet content', () => {
  it('speaks to residents as "du" and asks the people around them to tell the person', () => {
    const resident = sheetFor('sv')
    expect(resident.whoFor.rules).toEqual([
      'Du är 18–65 år.',
      'Du bor i Uppsala.',
      'Du vill arbeta.',
      'Du har kontakt med psykiatrin eller vårdcentralen.',
    ])
    expect(resident.apply.steps[0]).toBe(
      'Skanna QR-koden eller gå till stodportalen.example/k/ABC234.',
    )
    const clinic = sheetFor('sv', 'clinics')
    expect(clinic.intro).toMatch(/^Till dig i vården/)
    expect(clinic.whoFor.rules[0]).toBe('Personen är 18–65 år.')
    expect(clinic.apply.steps[0]).toMatch(/^Ge personen det här bladet/)
    expect(clinic.poster.headline).toBe('Känner du någon som vill arbeta eller studera?')
  })

  it('has its own opening line for every audience in every language', () => {
    for (const locale of locales) {
      const intros = sheetAudiences.map((audience) => sheetFor(locale, audience).intro)
      expect(new Set(intros).size, `${locale}: ${intros.join(' | ')}`).toBe(sheetAudiences.length)
    }
  })

  it('is in the language asked for: texts, lang and direction (Arabic right to left)', () => {
    const en = sheetFor('en', 'employers')
    expect(en).toMatchObject({ lang: 'en', dir: 'ltr', title: seed.name.en })
    expect(en.whoFor.rules[0]).toBe('The person is 18–65 years old.')
    expect(sheetFor('lattlast')).toMatchObject({ lang: 'sv', dir: 'ltr' })
    expect(sheetFor('lattlast').whoFor.heading).toBe('Passar stödet dig?')
    const ar = sheetFor('ar')
    expect(ar).toMatchObject({ lang: 'ar', dir: 'rtl', title: seed.name.ar })
    expect(ar.whoFor.rules[0]).toBe('عمرك بين 18 و65 سنة.')
    expect(ar.about.points[0]).toBe(seed.whatYouGet[0].ar)
  })

  it('says the waiting time as the service page does, small counts masked', () => {
    expect(sheetFor('sv').waiting).toEqual({
      heading: 'Väntetid just nu',
      estimate: 'Ungefär 2–3 veckor',
      detail: '12 personer väntar på en plats. Uppdaterad 1 december 2026.',
    })
    const few = infoSheet({
      service: ips,
      audience: 'residents',
      locale: 'en',
      queueStatus: {
        waiting: { kind: 'fewerThan', value: 5 },
        estimatedWait: null,
        asOf: status.asOf,
      },
      link,
    })
    expect(few.waiting.estimate).toMatch(/^We cannot estimate/)
    expect(few.waiting.detail).toMatch(/^Fewer than 5 people/)
    const none = infoSheet({ service: ips, audience: 'residents', locale: 'sv', link })
    expect(none.waiting.detail).toBe('')
  })

  it('tells people to call instead of applying while the service is paused', () => {
    const paused = infoSheet({
      service: { ...ips, status: 'paused' },
      audience: 'residents',
      locale: 'sv',
      link,
    })
    expect(paused.apply.steps).toHaveLength(1)
    expect(paused.apply.steps[0]).toMatch(/^Vi tar inte emot nya anmälningar/)
  })

  it('words only the rules a service has, and lists places and goals with "or"', () => {
    expect(ruleStatements({}, 'sv', true)).toEqual([])
    expect(
      ruleStatements(
        {
          age: { min: 16 },
          residence: { municipalities: ['0380', '0360'] },
          goal: { anyOf: ['work', 'studies'] },
        },
        'en',
        false,
      ),
    ).toEqual([
      'The person is at least 16 years old.',
      'The person lives in Uppsala or Tierp.',
      'The person wants to work or study.',
    ])
  })
})

describe('the HTML sheet', () => {
  it('is an A4 page, right to left in Arabic, with the QR code inline and the content escaped', async () => {
    const html = await sheetHtml(sheetFor('ar'))
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('@page { size: A4; margin: 0 }')
    expect(html).toMatch(/<svg role="img" aria-label="رمز QR إلى stodportalen\.example\/k\/ABC234"/)
    const hostile = infoSheet({
      service: { ...ips, name: { sv: '<script>alert(1)</script>' } },
      audience: 'residents',
      locale: 'sv',
      link,
    })
    expect(await sheetHtml(hostile)).not.toContain('<script>')
  })

  it('is an A3 page for the A3 poster: the A4 poster enlarged by √2', async () => {
    const poster = { ...sheetFor('sv'), variant: 'poster', size: 'A3' } as const
    const html = await sheetHtml(poster)
    expect(html).toContain('@page { size: A3; margin: 0 }')
    expect(html).toContain('.page { zoom: 1.41421 }')
    expect(await sheetHtml({ ...poster, size: 'A4' })).not.toContain('zoom')
  })
})

// Making a PDF, and rendering it with pdf.js to read the code, take seconds on a busy machine.
describe('the PDF sheet', { timeout: 60_000 }, () => {
  it.each([
    ['sv', 'sheet'],
    ['ar', 'sheet'],
    ['en', 'poster'],
    ['fi', 'sheet'],
  ] as const)('%s %s: one A4 page whose QR code reads as the link', async (locale, variant) => {
    const sheet = infoSheet({
      service: ips,
      audience: 'schools',
      locale,
      variant,
      queueStatus: status,
      link,
    })
    const pdf = await sheetPdf(sheet)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(await pdfPageCount(pdf)).toBe(1)
    expect((await pdfQrCode(pdf)).text).toBe(link)
    expect(await pdfText(pdf)).toContain('stodportalen.example/k/ABC234')
    expect(await pdfPageSize(pdf)).toEqual({ width: 595, height: 842 })
  })

  it('the A3 poster: one A3 page, every length √2 times the A4 one, whose QR code reads as the link', async () => {
    const args = {
      service: ips,
      audience: 'residents',
      locale: 'ar',
      variant: 'poster',
      link,
    } as const
    const a4 = await sheetPdf(infoSheet(args))
    const a3 = await sheetPdf(infoSheet({ ...args, size: 'A3' }))
    expect(await pdfPageCount(a3)).toBe(1)
    expect(await pdfPageSize(a3)).toEqual({ width: 842, height: 1191 })
    expect((await pdfQrCode(a3, 1, 1)).text).toBe(link)
    expect(await pdfText(a3)).toBe(await pdfText(a4))
  })
})
