/**
 * The sitemap (`/sitemap-index.xml` → `/sitemap-0.xml`, by @astrojs/sitemap): every prerendered page
 * with its language versions, plus the on-demand entry points a resident searches for (the check and
 * the open forms' first pages), found as the links the built pages make to them. Addresses are written
 * as the pages name themselves in `<link rel="canonical">` (src/lib/seo/meta.ts): no trailing slash but
 * on the home pages, and `x-default` is the Swedish version.
 */
import type { AstroIntegration } from 'astro'

import sitemap, { type SitemapItem } from '@astrojs/sitemap'
import { localeInfo, locales } from '@stodportalen/support-services/domain'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The hreflang of each language version, by the path prefix Astro gives it (`localeInfo`). Languages
 * without one (easy-to-read Swedish, see src/lib/seo/meta.ts) are listed, without alternates.
 */
export const hreflangs: Record<string, string> = Object.fromEntries(
  locales.flatMap((locale) => {
    const hreflang = localeInfo[locale].hreflang
    return hreflang ? [[locale, hreflang]] : []
  }),
)

/** `/stod/ips/` as the site links it (`/stod/ips`); home pages (`/`, `/en/`) keep their slash. */
export const canonicalForm = (url: string, homes: string[]) => {
  const parsed = new URL(url)
  const trimmed = parsed.pathname.replace(/\/+$/, '')
  const isHome = trimmed === '' || homes.includes(trimmed.slice(1))
  parsed.pathname = isHome ? `${trimmed}/` : trimmed
  return parsed.href
}

/** One sitemap entry as the pages name themselves, with `x-default` beside the language versions. */
export const canonicalEntry = (
  item: SitemapItem,
  homes: string[],
  defaultHreflang: string,
): SitemapItem => {
  const links = item.links?.map((link) => ({ ...link, url: canonicalForm(link.url, homes) }))
  const fallback = links?.find((link) => link.lang === defaultHreflang)
  return {
    ...item,
    url: canonicalForm(item.url, homes),
    links: fallback && links ? [...links, { lang: 'x-default', url: fallback.url }] : links,
  }
}

/** The site's own links (`href="/…"`) in these pages that match `pattern`, each once. */
export const linkedPaths = (pages: string[], pattern: RegExp) => {
  const found = new Set<string>()
  for (const html of pages)
    for (const [, href] of html.matchAll(/href="(\/[^"#?]*)/g))
      if (pattern.test(href)) found.add(href)
  return [...found].sort()
}

const builtPages = async (root: string) => {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => readFile(path.join(entry.parentPath, entry.name), 'utf8')),
  )
}

interface Options {
  defaultLocale: string
  /** The on-demand pages to list where the built pages link to them. */
  entryPoints: RegExp
  /** Pages never listed, e.g. the draft preview (its path, without the language prefix). */
  excluded: RegExp
}

export const siteSitemap = ({
  defaultLocale,
  entryPoints,
  excluded,
}: Options): AstroIntegration => {
  const homes: string[] = locales.filter((locale) => locale !== defaultLocale)
  // Filled when the build is done, before the sitemap reads its options.
  const customPages: string[] = []
  let site: string | undefined
  const inner = sitemap({
    customPages,
    filter: (page) => !excluded.test(new URL(page).pathname),
    i18n: { defaultLocale, locales: hreflangs },
    serialize: (item) => canonicalEntry(item, homes, hreflangs[defaultLocale]),
    // Pages only: no news, image or video entries.
    namespaces: { image: false, news: false, video: false },
  })
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': (params) => {
        site = params.config.site
        return inner.hooks['astro:config:done']?.(params)
      },
      'astro:build:done': async (params) => {
        const pages = await builtPages(fileURLToPath(params.dir))
        customPages.push(...linkedPaths(pages, entryPoints).map((href) => new URL(href, site).href))
        return inner.hooks['astro:build:done']?.(params)
      },
    },
  }
}
