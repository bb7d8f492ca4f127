import type { Field } from 'payload'

import type { ContentOptions } from '../types'

/** A hero image from the host's image collection, when the host names one (`content.imageCollection`). */
export const heroImageFields = ({ imageCollection }: ContentOptions): Field[] =>
  imageCollection
    ? [
        {
          name: 'image',
          label: 'Bild överst',
          type: 'upload',
          relationTo: imageCollection,
          admin: {
            position: 'sidebar',
            description: 'Valfri. Beskärs till 16:9 runt bildens fokuspunkt.',
          },
        },
      ]
    : []
