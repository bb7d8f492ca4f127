import { describe, expect, it } from 'vitest'

import type { RichText } from '../../site/src/cms/schemas'
import type { ContentContext } from '../../site/src/lib/blocks'

import { fileSize } from '../../site/src/lib/blocks'
import {
  columnSizes,
  imageAttributes,
  shareImage,
  type SiteImage,
  srcset,
} from '../../site/src/lib/images'
import { richTextHtml } from '../../site/src/lib/richText'

const file = (width: number, height: number) => ({
  src: `/media/abc-${width}x${height}.webp`,
  width,
  height,
})

const hills: SiteImage = {
  id: 7,
  alt: { sv: 'En stig över gröna kullar.', en: 'A path over green hills.' },
  content: [file(400, 250), file(800, 500), file(1200, 750), file(1600, 1000)],
  hero: [file(400, 225), file(800, 450), file(1600, 900)],
}

describe('responsive images', () => {
  it('share a page by its hero cut at least 1200 px wide, with the alt text of its language', () => {
    expect(shareImage(hills, 'ar')).toEqual({
      src: '/media/abc-1600x900.webp',
      width: 1600,
      height: 900,
      alt: 'En stig över gröna kullar.',
    })
    expect(shareImage({ ...hills, hero: [] }, 'sv')).toBeUndefined()
    expect(shareImage(undefined, 'sv')).toBeUndefined()
  })

  it('lists every width in srcset, narrowest first', () => {
    expect(srcset(hills.content)).toBe(
      '/media/abc-400x250.webp 400w, /media/abc-800x500.webp 800w, /media/abc-1200x750.webp 1200w, /media/abc-1600x1000.webp 1600w',
    )
  })

  it('an image in the text waits until it comes near, and keeps its space (800 px src)', () => {
    expect(imageAttributes(hills, 'en')).toEqual({
      src: '/media/abc-800x500.webp',
      srcset: srcset(hills.content),
      sizes: columnSizes,
      width: 800,
      height: 500,
      alt: 'A path over green hills.',
      loading: 'lazy',
      decoding: 'async',
    })
  })

  it('a hero is the 16:9 cut, loaded at once and first', () => {
    expect(imageAttributes(hills, 'sv', { hero: true })).toMatchObject({
      src: '/media/abc-800x450.webp',
      width: 800,
      height: 450,
      loading: 'eager',
      fetchpriority: 'high',
    })
  })

  it('alt text not written in a language is the Swedish one, marked as Swedish', () => {
    expect(imageAttributes(hills, 'ar')).toMatchObject({
      alt: 'En stig över gröna kullar.',
      lang: 'sv',
    })
    expect(imageAttributes(hills, 'sv')).not.toHaveProperty('lang')
  })

  it('a small image without a hero cut shows as drawn; one without files shows nothing', () => {
    const small = { ...hills, content: [file(400, 250)], hero: [] }
    expect(imageAttributes(small, 'sv', { hero: true })).toMatchObject({
      src: '/media/abc-400x250.webp',
      srcset: '/media/abc-400x250.webp 400w',
    })
    expect(imageAttributes({ ...small, content: [] }, 'sv')).toBeUndefined()
  })
})

const context: ContentContext = {
  images: new Map([[7, hills]]),
  documents: new Map([
    [
      3,
      {
        id: 3,
        title: 'Samtyckesblankett',
        language: 'sv',
        href: '/media/xyz-samtycke.pdf',
        bytes: 123_456,
        format: 'PDF',
      },
    ],
  ]),
  serviceSlugs: new Map([[1, 'ips']]),
}

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
})
const block = (fields: Record<string, unknown>) => ({ type: 'block', version: 2, fields })
const doc = (...children: unknown[]) =>
  ({ root: { type: 'root', version: 1, children } }) as unknown as RichText

const html = (locale: string, ...children: unknown[]) =>
  richTextHtml({ [locale]: doc(...children) }, context)[locale]

describe('images and blocks in the rich text', () => {
  it('an image is a lazy responsive <img> in a figure', () => {
    const out = html('sv', { type: 'upload', version: 3, relationTo: 'media', value: 7 })
    expect(out).toContain('<figure class="text-image"><img src="/media/abc-800x500.webp"')
    expect(out).toContain(`srcset="${srcset(hills.content)}"`)
    expect(out).toContain('width="800" height="500" alt="En stig över gröna kullar."')
    expect(out).toContain('loading="lazy"')
  })

  it('an image the build does not have is left out, and the rest of the text stays', () => {
    const out = html(
      'sv',
      paragraph('Före'),
      { type: 'upload', version: 3, relationTo: 'media', value: 99 },
      paragraph('Efter'),
    )
    expect(out).toBe('<p>Före</p><p>Efter</p>')
  })

  it('a call to action leads to the check, or to a service form in the same language', () => {
    expect(
      html('en', block({ blockType: 'callToAction', text: 'Is it for me?', target: 'check' })),
    ).toBe(
      '<p class="call-to-action"><a class="button" href="/en/passar-det-mig">Is it for me?</a></p>',
    )
    expect(
      html(
        'sv',
        block({ blockType: 'callToAction', text: 'Anmäl dig', target: 'form', service: 1 }),
      ),
    ).toContain('href="/stod/ips/anmalan"')
    // A closed (unknown) service falls back to the check.
    expect(
      html('sv', block({ blockType: 'callToAction', text: 'Anmäl', target: 'form', service: 5 })),
    ).toContain('href="/passar-det-mig"')
  })

  it('questions and answers are native <details>, text escaped', () => {
    expect(
      html(
        'sv',
        block({
          blockType: 'questions',
          items: [{ question: 'Kostar det?', answer: 'Nej. <b>Aldrig</b>.' }],
        }),
      ),
    ).toBe(
      '<div class="questions"><details><summary>Kostar det?</summary><p>Nej. &lt;b&gt;Aldrig&lt;/b&gt;.</p></details></div>',
    )
  })

  it('a facts box, a quote and a contact card', () => {
    expect(
      html(
        'sv',
        block({ blockType: 'facts', heading: 'Bra att veta', items: [{ text: 'Gratis' }] }),
      ),
    ).toBe('<aside class="facts"><h2>Bra att veta</h2><ul><li>Gratis</li></ul></aside>')
    expect(
      html('sv', block({ blockType: 'quote', text: 'Jag fick jobb.', attribution: 'Sam' })),
    ).toBe(
      '<figure class="quote"><blockquote><p>Jag fick jobb.</p></blockquote><figcaption>Sam</figcaption></figure>',
    )
    const card = html(
      'en',
      block({
        blockType: 'contact',
        name: 'Intake',
        phone: '031-390 06 50',
        email: 'in@x.example',
      }),
    )
    expect(card).toContain('<p class="name">Intake</p>')
    expect(card).toContain('Phone:</span> <a href="tel:0313900650" dir="ltr">031-390 06 50</a>')
    expect(card).toContain('<a href="mailto:in@x.example">in@x.example</a>')
  })

  it('a document link says its format, size and language in the reader’s language', () => {
    expect(html('sv', block({ blockType: 'document', document: 3 }))).toBe(
      '<p class="document"><a href="/media/xyz-samtycke.pdf" hreflang="sv" download>Samtyckesblankett</a> <span class="document-details">(PDF, 121 kB, på svenska)</span></p>',
    )
    expect(
      html('en', block({ blockType: 'document', document: 3, text: 'Consent form' })),
    ).toContain('Consent form</a> <span class="document-details">(PDF, 121 kB, in Swedish)</span>')
    expect(html('sv', block({ blockType: 'document', document: 4 }))).toBe('')
  })

  it('file sizes in kB below a megabyte, with one decimal above, in the reader’s numbers', () => {
    expect(fileSize(300, 'sv')).toBe('1 kB')
    expect(fileSize(2.5 * 1024 * 1024, 'sv')).toBe('2,5 MB')
    expect(fileSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB')
  })
})
