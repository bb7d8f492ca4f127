import type { Locale } from '@stodportalen/support-services/domain'

import {
  convertLexicalToHTML,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'

import type { RichText } from '../cms/schemas'

import { blockHtml, blockTypes, type ContentContext, imageInText } from './blocks'

const noContext: ContentContext = {
  images: new Map(),
  documents: new Map(),
  serviceSlugs: new Map(),
}

/**
 * Payload's converters with these changes: phone numbers keep their order in right-to-left text
 * ("031-390 06 50", not "50 06 390-031"); list items are plain (the default adds empty `class`
 * and `style`, and a `value` that belongs in `ol` only; the editor has no checklists); images and
 * the content blocks render as the site's own markup (lib/blocks.ts).
 */
const converters =
  (locale: Locale, context: ContentContext): HTMLConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    link: (args) => {
      const html = (
        defaultConverters.link as Exclude<typeof defaultConverters.link, string | undefined>
      )(args)
      return args.node.fields.url?.startsWith('tel:') ? `<span dir="ltr">${html}</span>` : html
    },
    listitem: ({ node, nodesToHTML }) => {
      const nested = node.children.some((child) => child.type === 'list')
      return `<li${nested ? ' style="list-style: none"' : ''}>${nodesToHTML({ nodes: node.children }).join('')}</li>`
    },
    upload: ({ node }) =>
      node.relationTo === 'media' ? imageInText(node.value, locale, context) : '',
    blocks: Object.fromEntries(
      blockTypes.map((type) => [
        type,
        ({ node }: { node: { fields: Record<string, unknown> } }) =>
          blockHtml(node.fields, locale, context),
      ]),
    ),
  })

/**
 * Rich text of every written language as HTML, by Payload's own converter. Done once as the content
 * is loaded: the build keeps and bundles the HTML, a third of the size of the editor's JSON. The
 * context gives the images, documents and services the text refers to.
 */
export const richTextHtml = (
  value: Record<string, RichText | null | undefined>,
  context: ContentContext = noContext,
): Record<string, string> =>
  Object.fromEntries(
    Object.entries(value).flatMap(([locale, data]) =>
      data
        ? [
            [
              locale,
              convertLexicalToHTML({
                data: data as Parameters<typeof convertLexicalToHTML>[0]['data'],
                converters: converters(locale as Locale, context),
                disableContainer: true,
              }),
            ],
          ]
        : [],
    ),
  )
