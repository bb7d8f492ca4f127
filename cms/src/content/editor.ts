import {
  BlocksFeature,
  HeadingFeature,
  lexicalEditor,
  UploadFeature,
} from '@payloadcms/richtext-lexical'

import { contentBlocks } from './blocks'

/**
 * The one editor for public content (pages, services, events, stories): what the prerendered site
 * renders well. Text, headings from h2 (the page title is the h1), lists, links, quotes, images from
 * the media collection, and the content blocks. No checklists or relationships, which it does not.
 */
export const contentEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter(
      (feature) => !['checklist', 'heading', 'relationship', 'upload'].includes(feature.key),
    ),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    // Images only: documents go in through their block, which shows language and size.
    UploadFeature({ enabledCollections: ['media'] }),
    BlocksFeature({ blocks: contentBlocks }),
  ],
})
