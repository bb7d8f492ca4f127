/**
 * What a page tells search engines and the apps that show shared links: its canonical address, its
 * language versions, Open Graph and Twitter card tags. Pure: the layout renders what these return.
 */
import {
  defaultLocale,
  type Locale,
  localeInfo,
  locales,
} from '@stodportalen/support-services/domain'

import { localePath } from '../../i18n/routes'

export interface SocialImage {
  /** Absolute, or a path on the site. */
  src: string
  alt: string
  width: number
  height: number
}

/** The default card's size: what Open Graph and Twitter show large without cropping. */
export const cardSize = { width: 1200, height: 630 } as const

/**
 * The language tag search engines accept for each language version (`localeInfo`). Easy-to-read
 * Swedish has none of its own, so it is no alternate: its pages stand on their own.
 */
export const hreflangOf = (locale: Locale): string | null => localeInfo[locale].hreflang

/** Open Graph's locales are language_TERRITORY, as the apps reading them know them. */
export const ogLocaleOf = (locale: Locale): string => localeInfo[locale].ogLocale

export const canonicalUrl = (locale: Locale, path: string, site: URL | string) =>
  new URL(localePath(locale, path), site).href

/**
 * The language versions of a page, and `x-default` (Swedish, the site's own language) for everyone
 * else. Easy-to-read pages list none: they are not part of the set.
 */
export const languageAlternates = (locale: Locale, path: string, site: URL | string) => {
  if (hreflangOf(locale) === null) return []
  const versions = locales.flatMap((other) => {
    const hreflang = hreflangOf(other)
    return hreflang ? [{ hreflang, href: canonicalUrl(other, path, site) }] : []
  })
  return [...versions, { hreflang: 'x-default', href: canonicalUrl(defaultLocale, path, site) }]
}

/** The generated card of a language (integrations/socialCards.ts), shared by its pages without an image. */
export const cardPath = (locale: Locale) => `/kort/${locale}.png`

export interface SocialPage {
  locale: Locale
  /** The page's own title, without the site's name. */
  title: string
  description: string
  url: string
  siteName: string
  image: SocialImage
  type?: 'article' | 'website'
}

export type MetaTag = { content: string; name: string } | { content: string; property: string }

export const socialMeta = (page: SocialPage, site: URL | string): MetaTag[] => {
  const image = new URL(page.image.src, site).href
  const own = ogLocaleOf(page.locale)
  const alternates = [...new Set(locales.map(ogLocaleOf))].filter((other) => other !== own)
  return [
    { property: 'og:type', content: page.type ?? 'website' },
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: page.url },
    { property: 'og:image', content: image },
    { property: 'og:image:width', content: String(page.image.width) },
    { property: 'og:image:height', content: String(page.image.height) },
    { property: 'og:image:alt', content: page.image.alt },
    { property: 'og:locale', content: own },
    ...alternates.map((content) => ({ property: 'og:locale:alternate', content })),
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: page.title },
    { name: 'twitter:description', content: page.description },
    { name: 'twitter:image', content: image },
    { name: 'twitter:image:alt', content: page.image.alt },
  ]
}
