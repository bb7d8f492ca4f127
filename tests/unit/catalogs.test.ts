/**
 * Every catalogue, of the site and of the domain, in every language, against the Swedish one: a
 * missing or empty text, a key Swedish does not have, or other `{placeholders}` are named here, by
 * catalogue, language and key. A language that is a variant of another (easy-to-read Swedish) may
 * leave keys out: it reads its base language's text instead. New catalogues in site/src/i18n are
 * picked up without listing them here.
 */
import { localeInfo, locales, messages } from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { hsdsCatalogs } from '../../plugins/support-services/src/domain/hsds/texts'
import { sheetCatalogs } from '../../plugins/support-services/src/domain/infoSheetText'

type Catalogue = Partial<Record<string, Partial<Record<string, string>>>>

const siteModules = import.meta.glob<Record<string, unknown>>('../../site/src/i18n/*.ts', {
  eager: true,
})

/** The site's catalogues: every export of site/src/i18n made by `translator`, which carries its catalog. */
const siteCatalogues = Object.entries(siteModules).flatMap(([path, exports]) =>
  Object.entries(exports).flatMap(([name, value]) =>
    typeof value === 'function' && 'catalog' in value
      ? [[`site ${path.split('/').at(-1)} ${name}`, value.catalog as Catalogue] as const]
      : [],
  ),
)

const catalogues: (readonly [string, Catalogue])[] = [
  ...siteCatalogues,
  ['domain messages', messages],
  ['domain printed sheet', sheetCatalogs],
  ['domain open data', hsdsCatalogs],
]

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(' ')

/** What is wrong with one language of a catalogue, one line per key. */
const problemsIn = (name: string, catalogue: Catalogue): string[] => {
  const swedish = catalogue.sv ?? {}
  return locales.flatMap((locale) => {
    const texts = catalogue[locale]
    if (!texts) return [`${name}: ${locale} has no catalogue`]
    const mayLeaveOut = localeInfo[locale].variantOf !== undefined
    const missing = Object.keys(swedish)
      .filter((key) => !mayLeaveOut || key in texts)
      .flatMap((key) => {
        const text = texts[key]?.trim()
        if (!text) return [`${name}: ${locale} lacks "${key}"`]
        return placeholders(text) === placeholders(swedish[key]!)
          ? []
          : [
              `${name}: ${locale} "${key}" has {${placeholders(text)}}, Swedish {${placeholders(swedish[key]!)}}`,
            ]
      })
    const unknown = Object.keys(texts)
      .filter((key) => !(key in swedish))
      .map((key) => `${name}: ${locale} has "${key}", which Swedish does not`)
    return [...missing, ...unknown]
  })
}

describe('the catalogues', () => {
  it('include the site’s and the domain’s', () => {
    expect(siteCatalogues.length).toBeGreaterThanOrEqual(6)
    expect(catalogues.map(([name]) => name)).toContain('site form.ts t')
  })

  it.each(catalogues)(
    '%s: every language has every Swedish key, with its placeholders',
    (name, catalogue) => {
      expect(problemsIn(name, catalogue)).toEqual([])
    },
  )

  it('name the language and the key that is missing', () => {
    const catalogue: Record<string, Record<string, string>> = Object.fromEntries(
      locales.map((locale) => [locale, { hello: 'Hej {name}', bye: 'Hej då' }]),
    )
    const { bye: _fi, ...finnish } = catalogue.fi!
    const { bye: _easy, ...easy } = catalogue.lattlast!
    catalogue.fi = finnish
    catalogue.lattlast = easy
    catalogue.en!.hello = 'Hello'
    catalogue.ar!.extra = 'x'
    expect(problemsIn('test', catalogue)).toEqual([
      'test: en "hello" has {}, Swedish {{name}}',
      'test: ar has "extra", which Swedish does not',
      'test: fi lacks "bye"',
    ])
  })
})
