import type { CollectionBeforeOperationHook, CollectionConfig, ImageSize } from 'payload'

import { ValidationError } from 'payload'

import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { answerMissingUpload } from '../queryGuard/missingUpload'
import { refuseUnfitFile } from '../uploads/limits'

/**
 * Widths from a 390 px phone (1x and 2x) to the text column on a wide screen at 2x. WebP only: on this
 * project's 2-core machine AVIF took 25–35 times as long to encode (≈ 18 s for the four widths of one
 * photo-sized image, against ≈ 0.6 s) for 2–22 % fewer bytes.
 */
export const imageWidths = [400, 800, 1200, 1600] as const

const webp: ImageSize['formatOptions'] = { format: 'webp', options: { quality: 78 } }

/** `w<width>`: the image as drawn; `hero<width>`: cut to 16:9 around the focal point, for the top of a page. */
const imageSizes: ImageSize[] = [
  ...imageWidths.map((width) => ({
    name: `w${width}`,
    width,
    withoutEnlargement: true,
    formatOptions: webp,
  })),
  ...imageWidths.map((width) => ({
    name: `hero${width}`,
    width,
    height: Math.round((width * 9) / 16),
    withoutEnlargement: true,
    formatOptions: webp,
  })),
]

export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const

/**
 * A new image is uploaded with its Swedish alternative text: the site falls back to Swedish (marked
 * `lang="sv"`) in a language that has none yet, so Swedish must always exist.
 */
const swedishFirst: CollectionBeforeOperationHook = ({ operation, req }) => {
  if (operation === 'create' && req.locale && !['sv', 'all'].includes(req.locale))
    throw new ValidationError({
      errors: [
        {
          path: 'alt',
          message:
            'Ladda upp bilden på svenska först (välj Svenska som språk): den svenska alternativtexten krävs. Översätt den sedan.',
        },
      ],
    })
}

/**
 * Images for pages, services, events and stories. Each language version saved needs its alternative
 * text (Payload's required + localized: the language being saved is checked); Swedish from the start.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bild', plural: 'Bilder' },
  admin: { group: 'Innehåll' },
  access: {
    read: () => true,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    beforeOperation: [
      swedishFirst,
      refuseUnfitFile({ mimeTypes: imageMimeTypes, kinds: 'en bild i JPEG, PNG, WebP eller AVIF' }),
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternativtext',
      type: 'text',
      required: true,
      localized: true,
      validate: (value: null | string | undefined) =>
        value?.trim()
          ? true
          : 'Skriv en alternativtext: vad bilden visar, för den som inte ser den.',
      admin: {
        description:
          'Vad bilden visar, i en mening, för den som inte ser den. Krävs på varje språk som sparas.',
      },
    },
  ],
  upload: {
    staticDir: process.env.MEDIA_DIR ?? 'media',
    mimeTypes: [...imageMimeTypes],
    handlers: [answerMissingUpload],
    imageSizes,
    adminThumbnail: 'w400',
    focalPoint: true,
    crop: true,
  },
}
