import type { CollectionConfig } from 'payload'

import { localeOptions } from '@stodportalen/support-services/domain'

import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { answerMissingUpload } from '../queryGuard/missingUpload'
import { refuseUnfitFile } from '../uploads/limits'

/** PDF for reading and printing; ODT and DOCX for forms a person fills in on a computer. */
export const documentMimeTypes = [
  'application/pdf',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const

/** The languages a document can be written in: the site's. */
export const documentLanguages = localeOptions()

/**
 * Downloads linked from the content (brochures, the consent form). One file is one language: a
 * brochure in four languages is four documents. The site shows the language and size beside the link.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Dokument', plural: 'Dokument' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'language', 'filename', 'filesize'],
    group: 'Innehåll',
  },
  access: {
    read: () => true,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    beforeOperation: [
      refuseUnfitFile({ mimeTypes: documentMimeTypes, kinds: 'en PDF, ODT eller DOCX' }),
    ],
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    {
      name: 'language',
      label: 'Dokumentets språk',
      type: 'select',
      required: true,
      defaultValue: 'sv',
      options: [...documentLanguages],
      admin: { position: 'sidebar' },
    },
    {
      name: 'description',
      label: 'Beskrivning',
      type: 'textarea',
      admin: {
        description: 'Vad dokumentet är till för, i en mening (visas inte på webbplatsen).',
      },
    },
  ],
  upload: {
    staticDir: process.env.DOCUMENTS_DIR ?? 'documents',
    mimeTypes: [...documentMimeTypes],
    handlers: [answerMissingUpload],
  },
}
