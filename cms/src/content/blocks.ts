import type { Block } from 'payload'

/**
 * The content blocks of the shared editor (editor.ts). The site renders each one (site/src/lib/
 * blocks.ts) as plain HTML: no JavaScript, questions and answers as native <details>. The rich text
 * field is localized, so the blocks' fields are written per language with it.
 */

export const callToActionBlock: Block = {
  slug: 'callToAction',
  labels: { singular: 'Uppmaning', plural: 'Uppmaningar' },
  fields: [
    { name: 'text', label: 'Knapptext', type: 'text', required: true },
    {
      name: 'target',
      label: 'Leder till',
      type: 'radio',
      required: true,
      defaultValue: 'check',
      options: [
        { label: 'Passar det mig? (testet)', value: 'check' },
        { label: 'En tjänsts anmälan', value: 'form' },
      ],
    },
    {
      name: 'service',
      label: 'Tjänst',
      type: 'relationship',
      relationTo: 'services',
      admin: { condition: (_, sibling) => sibling?.target === 'form' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.target !== 'form' || value
          ? true
          : 'Välj vilken tjänsts anmälan knappen leder till.',
    },
  ],
}

export const factsBlock: Block = {
  slug: 'facts',
  labels: { singular: 'Faktaruta', plural: 'Faktarutor' },
  fields: [
    { name: 'heading', label: 'Rubrik', type: 'text', required: true },
    {
      name: 'items',
      label: 'Fakta',
      type: 'array',
      minRows: 1,
      required: true,
      fields: [{ name: 'text', label: 'Rad', type: 'text', required: true }],
    },
  ],
}

export const questionsBlock: Block = {
  slug: 'questions',
  labels: { singular: 'Frågor och svar', plural: 'Frågor och svar' },
  fields: [
    {
      name: 'items',
      label: 'Frågor',
      type: 'array',
      minRows: 1,
      required: true,
      fields: [
        { name: 'question', label: 'Fråga', type: 'text', required: true },
        { name: 'answer', label: 'Svar', type: 'textarea', required: true },
      ],
    },
  ],
}

export const quoteBlock: Block = {
  slug: 'quote',
  labels: { singular: 'Citat', plural: 'Citat' },
  fields: [
    { name: 'text', label: 'Citat', type: 'textarea', required: true },
    {
      name: 'attribution',
      label: 'Vem som säger det',
      type: 'text',
      admin: { description: 'Förnamn eller ett valt namn, och gärna roll. Aldrig utan samtycke.' },
    },
  ],
}

export const contactBlock: Block = {
  slug: 'contact',
  labels: { singular: 'Kontaktkort', plural: 'Kontaktkort' },
  fields: [
    { name: 'name', label: 'Namn eller funktion', type: 'text', required: true },
    { name: 'role', label: 'Roll', type: 'text' },
    { name: 'phone', label: 'Telefon', type: 'text' },
    { name: 'email', label: 'E-post', type: 'email' },
    { name: 'hours', label: 'När vi svarar', type: 'text' },
  ],
}

export const documentBlock: Block = {
  slug: 'document',
  labels: { singular: 'Dokument att ladda ner', plural: 'Dokument att ladda ner' },
  fields: [
    {
      name: 'document',
      label: 'Dokument',
      type: 'upload',
      relationTo: 'documents',
      required: true,
    },
    {
      name: 'text',
      label: 'Länktext',
      type: 'text',
      admin: { description: 'Tomt: dokumentets titel.' },
    },
  ],
}

export const contentBlocks = [
  callToActionBlock,
  factsBlock,
  questionsBlock,
  quoteBlock,
  contactBlock,
  documentBlock,
]
