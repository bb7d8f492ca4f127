import { localeInfo, locales } from '@stodportalen/support-services/domain'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import type { Service } from '../../site/src/cms/schemas'

import { canonicalEntry, canonicalForm, linkedPaths } from '../../site/src/integrations/sitemap'
import { cardSvg, localeCard, renderCard, wrapText } from '../../site/src/integrations/socialCards'
import {
  governmentService,
  jsonLdScript,
  organizations,
  type ServiceFacts,
} from '../../site/src/lib/seo/jsonLd'
import {
  canonicalUrl,
  cardPath,
  languageAlternates,
  type MetaTag,
  socialMeta,
} from '../../site/src/lib/seo/meta'
import { serviceFacts } from '../../site/src/lib/seo/service'

const site = 'https://stod.example.se'

const facts: ServiceFacts = {
  name: 'IPS – stöd till arbete',
  description: 'Stöd att hitta och behålla ett jobb.',
  serviceType: 'Individual Placement and Support (IPS)',
  url: `${site}/stod/ips`,
  provider: { name: 'Arbetsmarknadsförvaltningen', url: `${site}/`, areaServed: ['Uppsala'] },
  areaServed: ['Uppsala'],
  age: { min: 18, max: 65 },
  audience: 'Dig som vill arbeta',
  formUrl: `${site}/stod/ips/anmalan`,
  inLanguage: 'sv',
}

describe('GovernmentService (schema.org)', () => {
  const data = governmentService(facts)

  it('names the service, its kind and its page', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: facts.name,
      description: facts.description,
      serviceType: facts.serviceType,
      url: facts.url,
    })
  })

  it('has the provider as a government organization with name and url', () => {
    expect(data.provider).toEqual({
      '@type': 'GovernmentOrganization',
      name: 'Arbetsmarknadsförvaltningen',
      url: `${site}/`,
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Uppsala' }],
    })
  })

  it('serves the municipalities, to people of the rules’ ages', () => {
    expect(data.areaServed).toEqual([{ '@type': 'AdministrativeArea', name: 'Uppsala' }])
    expect(data.audience).toEqual({
      '@type': 'PeopleAudience',
      description: 'Dig som vill arbeta',
      suggestedMinAge: 18,
      suggestedMaxAge: 65,
    })
  })

  it('offers the form as an online channel', () => {
    expect(data.availableChannel).toEqual({
      '@type': 'ServiceChannel',
      name: facts.name,
      serviceUrl: facts.formUrl,
      availableLanguage: 'sv',
    })
  })

  it('leaves out what it does not know instead of writing empty values', () => {
    const bare = governmentService({
      ...facts,
      provider: null,
      areaServed: [],
      age: undefined,
      audience: undefined,
      formUrl: undefined,
    })
    for (const key of ['provider', 'areaServed', 'audience', 'availableChannel'])
      expect(bare, key).not.toHaveProperty(key)
  })

  it('describes an audience without ages as a plain Audience', () => {
    expect(governmentService({ ...facts, age: {} }).audience).toEqual({
      '@type': 'Audience',
      description: 'Dig som vill arbeta',
    })
  })
})

describe('the service’s facts', () => {
  const service = {
    slug: 'ips',
    method: 'ips',
    status: 'open',
    name: { sv: 'IPS', en: 'IPS (en)' },
    summary: { sv: 'Stöd till arbete', en: 'Support with work' },
    whoFor: { sv: 'För dig 18–65 år' },
    provider: 'Arbetsmarknadsförvaltningen, Uppsala kommun',
    municipalityName: 'Uppsala',
    rules: { age: { min: 18, max: 65 }, residence: { municipalities: ['0380', '0381'] } },
  } as unknown as Service

  it('come from the service in the page’s language, with its municipalities by name', () => {
    expect(serviceFacts(service, 'en', site, true)).toEqual({
      name: 'IPS (en)',
      description: 'Support with work',
      serviceType: 'Individual Placement and Support (IPS)',
      url: `${site}/en/stod/ips`,
      provider: {
        name: 'Arbetsmarknadsförvaltningen, Uppsala kommun',
        url: `${site}/en/`,
        areaServed: ['Uppsala'],
      },
      areaServed: ['Uppsala', 'Enköping'],
      age: { min: 18, max: 65 },
      audience: 'För dig 18–65 år',
      formUrl: `${site}/en/stod/ips/anmalan`,
      inLanguage: 'en',
    })
  })

  it('have no form while the service takes no referrals, and the provider’s area without a rule', () => {
    const paused = serviceFacts(
      { ...service, status: 'paused', rules: {} } as unknown as Service,
      'sv',
      site,
      true,
    )
    expect(paused.formUrl).toBeUndefined()
    expect(paused.areaServed).toEqual(['Uppsala'])
  })

  it('have no form while the service has no form in use', () => {
    expect(serviceFacts(service, 'sv', site, false).formUrl).toBeUndefined()
  })
})

describe('the provider on the home page', () => {
  it('is a GovernmentOrganization of its own', () => {
    expect(organizations([{ name: 'Förvaltningen', url: `${site}/` }])).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'GovernmentOrganization',
        name: 'Förvaltningen',
        url: `${site}/`,
      },
    ])
  })
})

describe('jsonLdScript', () => {
  it('cannot close its script element and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- \u2028' }
    const json = jsonLdScript(data)
    expect(json).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(json)).toEqual(data)
  })
})

describe('page meta', () => {
  it('makes canonical URLs as the site links its pages', () => {
    expect(canonicalUrl('sv', '', site)).toBe(`${site}/`)
    expect(canonicalUrl('en', '', site)).toBe(`${site}/en/`)
    expect(canonicalUrl('ar', 'stod/ips', site)).toBe(`${site}/ar/stod/ips`)
  })

  it('lists every language with a tag, x-default as Swedish; easy-to-read stands alone', () => {
    const alternates = languageAlternates('en', 'stod/ips', site)
    expect(alternates).toContainEqual({ hreflang: 'sv', href: `${site}/stod/ips` })
    expect(alternates).toContainEqual({ hreflang: 'ar', href: `${site}/ar/stod/ips` })
    expect(alternates.at(-1)).toEqual({ hreflang: 'x-default', href: `${site}/stod/ips` })
    expect(alternates.map((a) => a.hreflang)).toEqual([
      ...locales.flatMap((locale) => localeInfo[locale].hreflang ?? []),
      'x-default',
    ])
    expect(languageAlternates('lattlast', 'stod/ips', site)).toEqual([])
  })

  it('names the card of each language', () => {
    expect(cardPath('sv')).toBe('/kort/sv.png')
    expect(cardPath('ar')).toBe('/kort/ar.png')
  })

  const content = (tags: MetaTag[], key: string) =>
    tags
      .filter((tag) => ('property' in tag ? tag.property : tag.name) === key)
      .map((tag) => tag.content)

  it('gives Open Graph and a large Twitter card with an absolute image and its size', () => {
    const tags = socialMeta(
      {
        locale: 'ar',
        title: 'العنوان',
        description: 'وصف',
        url: `${site}/ar/`,
        siteName: 'Stödportalen',
        image: { src: '/kort/ar.png', alt: 'Stödportalen: العنوان', width: 1200, height: 630 },
      },
      site,
    )
    expect(content(tags, 'og:type')).toEqual(['website'])
    expect(content(tags, 'og:url')).toEqual([`${site}/ar/`])
    expect(content(tags, 'og:image')).toEqual([`${site}/kort/ar.png`])
    expect(content(tags, 'og:image:width')).toEqual(['1200'])
    expect(content(tags, 'og:image:height')).toEqual(['630'])
    expect(content(tags, 'og:image:alt')).toEqual(['Stödportalen: العنوان'])
    expect(content(tags, 'og:locale')).toEqual(['ar_AR'])
    const alternates = content(tags, 'og:locale:alternate')
    expect(alternates).toEqual(expect.arrayContaining(['sv_SE', 'en_GB']))
    expect(alternates).not.toContain('ar_AR')
    expect(new Set(alternates).size).toBe(alternates.length)
    expect(content(tags, 'twitter:card')).toEqual(['summary_large_image'])
    expect(content(tags, 'twitter:image')).toEqual([`${site}/kort/ar.png`])
  })
})

describe('sitemap entries', () => {
  const homes = ['lattlast', 'en', 'ar']

  it('are written as the pages name themselves', () => {
    expect(canonicalForm(`${site}/`, homes)).toBe(`${site}/`)
    expect(canonicalForm(`${site}/en`, homes)).toBe(`${site}/en/`)
    expect(canonicalForm(`${site}/lattlast/`, homes)).toBe(`${site}/lattlast/`)
    expect(canonicalForm(`${site}/stod/ips/`, homes)).toBe(`${site}/stod/ips`)
    expect(canonicalForm(`${site}/en/passar-det-mig`, homes)).toBe(`${site}/en/passar-det-mig`)
  })

  it('get x-default as the Swedish version beside their language versions', () => {
    const entry = canonicalEntry(
      {
        url: `${site}/en/stod/ips/`,
        links: [
          { lang: 'sv', url: `${site}/stod/ips/` },
          { lang: 'en', url: `${site}/en/stod/ips/` },
        ],
      },
      homes,
      'sv',
    )
    expect(entry).toEqual({
      url: `${site}/en/stod/ips`,
      links: [
        { lang: 'sv', url: `${site}/stod/ips` },
        { lang: 'en', url: `${site}/en/stod/ips` },
        { lang: 'x-default', url: `${site}/stod/ips` },
      ],
    })
    expect(canonicalEntry({ url: `${site}/lattlast/om/x/` }, homes, 'sv').links).toBeUndefined()
  })

  it('take the on-demand entry points from the links of the built pages', () => {
    const pages = [
      '<a href="/passar-det-mig">x</a><a href="/stod/ips/anmalan">x</a><a href="/stod/ips">x</a>',
      '<a href="/en/passar-det-mig#main">x</a><a href="https://else.example/anmalan">x</a>',
    ]
    expect(linkedPaths(pages, /(^|\/)(passar-det-mig|anmalan)$/)).toEqual([
      '/en/passar-det-mig',
      '/passar-det-mig',
      '/stod/ips/anmalan',
    ])
  })
})

describe('share cards', () => {
  it('wrap long titles into at most the given lines, ending in an ellipsis', () => {
    expect(wrapText('ett två tre fyra', 8, 3)).toEqual(['ett två', 'tre fyra'])
    const lines = wrapText('a '.repeat(40), 5, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1].endsWith('…')).toBe(true)
  })

  it('say the site’s name and what it offers, in each language and its direction', () => {
    expect(localeCard('ar')).toMatchObject({ siteName: 'Stödportalen', lang: 'ar', dir: 'rtl' })
    expect(localeCard('lattlast')).toEqual({
      siteName: 'Stödportalen',
      title: 'Få hjälp att hitta ett jobb eller börja studera',
      lang: 'sv',
      dir: 'ltr',
    })
  })

  it('escape the title in the SVG and start right-to-left text at the right', () => {
    const svg = cardSvg({ siteName: 'S', title: '<b> & c', lang: 'ar', dir: 'rtl' })
    expect(svg).toContain('&lt;b&gt; &amp; c')
    expect(svg).toContain('direction="rtl"')
    expect(svg).toContain('x="1120"')
  })

  it('render as a 1200×630 PNG of a few tens of KB', async () => {
    const png = await renderCard({
      siteName: 'Stödportalen',
      title: 'Individuellt stöd till arbete för dig som vill jobba',
      lang: 'sv',
      dir: 'ltr',
    })
    const { format, width, height } = await sharp(png).metadata()
    expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 })
    expect(png.length, `${png.length} bytes`).toBeLessThan(60_000)
  })
})
