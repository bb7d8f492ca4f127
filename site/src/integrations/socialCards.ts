/**
 * The default share card of every page that has no image of its own: a 1200×630 PNG per language with
 * the site's name and what it offers, in that language and direction (src/lib/seo/meta.ts names it).
 * One card per language, not one per page: the apps that show a shared link print the page's own
 * title beside its card anyway, and a card per page cost a build ≈ 50 ms a page (bench site).
 */
import type { AstroIntegration } from 'astro'

import {
  htmlLang,
  type Locale,
  locales,
  textDirection,
} from '@stodportalen/support-services/domain'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

import { t } from '../i18n/common'
import { cardPath } from '../lib/seo/meta'

const width = 1200
const height = 630
const margin = 80
const titleSize = 64
const titleLineHeight = 80
const maxTitleLines = 4

export interface Card {
  siteName: string
  title: string
  /** The page's language and direction, as its `<html>` says them. */
  lang: string
  dir: string
}

const xmlEntities: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => xmlEntities[c])

/** Words into lines of at most `max` characters; past `maxLines` the last line ends in an ellipsis. */
export const wrapText = (text: string, max: number, maxLines: number) => {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word.length > max ? `${word.slice(0, max - 1)}…` : word)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, max - 1).trimEnd()}…`
  return kept
}

/**
 * The card as SVG. Right-to-left text starts at the right margin: `direction="rtl"` turns
 * `text-anchor="start"` to the right edge, and the renderer (Pango) orders and shapes the letters.
 */
export const cardSvg = ({ siteName, title, lang, dir }: Card) => {
  const rtl = dir === 'rtl'
  const x = rtl ? width - margin : margin
  const lines = wrapText(title, 28, maxTitleLines)
  const firstLine = height / 2 - ((lines.length - 1) * titleLineHeight) / 2 + titleSize / 3
  const text = (content: string, y: number, size: number) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="700" fill="#ffffff">${escapeXml(content)}</text>`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#1b4d89"/>`,
    `<rect y="${height - 24}" width="${width}" height="24" fill="#ffbf47"/>`,
    `<g xml:lang="${escapeXml(lang)}" direction="${rtl ? 'rtl' : 'ltr'}" text-anchor="start" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">`,
    text(siteName, margin + 40, 44),
    ...lines.map((line, i) => text(line, firstLine + i * titleLineHeight, titleSize)),
    '</g>',
    '</svg>',
  ].join('')
}

export const renderCard = (card: Card) =>
  sharp(Buffer.from(cardSvg(card)))
    .png({ compressionLevel: 9, palette: true, quality: 90 })
    .toBuffer()

/** The card of a language, from the site's own texts. */
export const localeCard = (locale: Locale): Card => ({
  siteName: t(locale, 'siteName'),
  title: t(locale, 'homeTitle'),
  lang: htmlLang(locale),
  dir: textDirection(locale),
})

export const socialCards = (): AstroIntegration => ({
  name: 'social-cards',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      let bytes = 0
      for (const locale of locales) {
        const file = path.join(fileURLToPath(dir), cardPath(locale))
        await mkdir(path.dirname(file), { recursive: true })
        const png = await renderCard(localeCard(locale))
        bytes += png.length
        await writeFile(file, png)
      }
      logger.info(`${locales.length} share cards, ${Math.round(bytes / 1024)} KB in all`)
    },
  },
})
