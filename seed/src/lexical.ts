/**
 * A tiny builder for Lexical rich text, the JSON that Payload's editor saves: enough for seeded pages
 * (headings, paragraphs with links and bold words, lists), so seed data reads like text, not like JSON.
 *
 *   richText([heading('Så går det till'), paragraph('Ring oss på ', link('031-390 06 50', 'tel:+46313900650'), '.')])
 */

const element = { direction: null, format: '', indent: 0, version: 1 } as const

export interface TextNode {
  type: 'text'
  text: string
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}

export interface LinkNode {
  type: 'link'
  fields: { linkType: 'custom'; url: string; newTab: false }
  children: TextNode[]
  direction: null
  format: ''
  indent: 0
  version: 3
}

type ElementNode<T extends string, C, Extra = object> = typeof element & {
  type: T
  children: C[]
} & Extra

export type Inline = string | TextNode | LinkNode
export type ParagraphNode = ElementNode<
  'paragraph',
  TextNode | LinkNode,
  { textFormat: 0; textStyle: '' }
>
export type HeadingNode = ElementNode<'heading', TextNode | LinkNode, { tag: 'h2' | 'h3' }>
export type ListItemNode = ElementNode<'listitem', TextNode | LinkNode, { value: number }>
export type ListNode = ElementNode<
  'list',
  ListItemNode,
  { listType: 'bullet' | 'number'; tag: 'ul' | 'ol'; start: 1 }
>
export type Block = ParagraphNode | HeadingNode | ListNode

export interface RichText {
  root: ElementNode<'root', Block>
}

const BOLD = 1

export const text = (value: string, format = 0): TextNode => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const bold = (value: string) => text(value, BOLD)

const inline = (children: Inline[]) =>
  children.map((child) => (typeof child === 'string' ? text(child) : child))

export const link = (label: string, url: string): LinkNode => ({
  ...element,
  type: 'link',
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(label)],
  version: 3,
})

export const paragraph = (...children: Inline[]): ParagraphNode => ({
  ...element,
  type: 'paragraph',
  children: inline(children),
  textFormat: 0,
  textStyle: '',
})

export const heading = (value: string, tag: 'h2' | 'h3' = 'h2'): HeadingNode => ({
  ...element,
  type: 'heading',
  tag,
  children: [text(value)],
})

/** A list; an item is a string, or an array of strings, bold words and links. */
export const list = (items: (string | Inline[])[], ordered = false): ListNode => ({
  ...element,
  type: 'list',
  listType: ordered ? 'number' : 'bullet',
  tag: ordered ? 'ol' : 'ul',
  start: 1,
  children: items.map((item, i) => ({
    ...element,
    type: 'listitem',
    value: i + 1,
    children: inline(Array.isArray(item) ? item : [item]),
  })),
})

export const richText = (blocks: Block[]): RichText => ({
  root: { ...element, type: 'root', children: blocks },
})

/** Every piece of text in a document, in order: for tests and search. */
export const plainText = (doc: RichText): string[] => {
  const walk = (node: {
    text?: string
    children?: unknown[]
    fields?: { url?: string }
  }): string[] => [
    ...(node.text !== undefined ? [node.text] : []),
    ...(node.fields?.url ? [node.fields.url] : []),
    ...(node.children ?? []).flatMap((child) => walk(child as never)),
  ]
  return walk(doc.root)
}
