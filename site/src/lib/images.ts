import type { Locale } from '@stodportalen/support-services/domain'

/**
 * Images as the site keeps them, and their `<img>` markup, in one pure place: the hero component
 * (components/ResponsiveImage.astro) and the rich text (lib/richText.ts) render through it.
 */

/** One file of an image, served by the site under a name that never changes its content. */
export interface ImageFile {
  src: string
  width: number
  height: number
}

export interface SiteImage {
  id: number
  /** Alternative text by language; Swedish always. */
  alt: Partial<Record<Locale, string>> & { sv: string }
  /** The image as drawn, narrowest first. */
  content: ImageFile[]
  /** Cut to 16:9 around the focal point, narrowest first (empty for an image narrower than 400 px). */
  hero: ImageFile[]
}

/** The text column: 44rem less its padding on a wide screen, the screen less 2rem on a phone. */
export const columnSizes = '(min-width: 44rem) 42rem, calc(100vw - 2rem)'

export const srcset = (files: readonly ImageFile[]) =>
  files.map((file) => `${file.src} ${file.width}w`).join(', ')

export interface ImageAttributes {
  src: string
  srcset: string
  sizes: string
  width: number
  height: number
  alt: string
  lang?: string
  loading: 'eager' | 'lazy'
  decoding: 'async'
  fetchpriority?: 'high'
}

/**
 * The attributes of an image in a locale. A hero is the first thing on its page: loaded at once and
 * first; other images wait until they come near the screen. `src` (for browsers without `srcset`) is
 * the file closest to 800 px, the width and height its own so the space is kept before it loads.
 * Alt text not yet written in this language is the Swedish one, marked as Swedish.
 */
export const imageAttributes = (
  image: SiteImage,
  locale: Locale,
  { hero = false, sizes = columnSizes }: { hero?: boolean; sizes?: string } = {},
): ImageAttributes | undefined => {
  const files = hero && image.hero.length > 0 ? image.hero : image.content
  if (files.length === 0) return undefined
  const fallback = files.find((file) => file.width >= 800) ?? files[files.length - 1]!
  const alt = image.alt[locale]
  return {
    src: fallback.src,
    srcset: srcset(files),
    sizes,
    width: fallback.width,
    height: fallback.height,
    alt: alt ?? image.alt.sv,
    ...(!alt && locale !== 'sv' && { lang: 'sv' }),
    loading: hero ? 'eager' : 'lazy',
    decoding: 'async',
    ...(hero && { fetchpriority: 'high' as const }),
  }
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** `<img …>` as HTML, for the rich text (which is HTML already). */
export const imageHtml = (attributes: ImageAttributes) =>
  `<img ${Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(String(value))}"`)
    .join(' ')}>`

/**
 * The image a shared link shows: the page's hero cut (16:9) at about 1200 px wide, which the apps
 * show large without cropping much; undefined for a page without one (it shares its language's card).
 */
export const shareImage = (image: SiteImage | null | undefined, locale: Locale) => {
  const file =
    image?.hero.find((candidate) => candidate.width >= 1200) ?? image?.hero[image.hero.length - 1]
  if (!image || !file) return undefined
  return {
    src: file.src,
    width: file.width,
    height: file.height,
    alt: image.alt[locale] ?? image.alt.sv,
  }
}
