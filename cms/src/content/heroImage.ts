import type { UploadField } from 'payload'

/** A hero image at the top of a page, service, event or story. */
export const heroImageField: UploadField = {
  name: 'image',
  label: 'Bild överst',
  type: 'upload',
  relationTo: 'media',
  admin: {
    position: 'sidebar',
    description: 'Valfri. Beskärs till 16:9 runt bildens fokuspunkt.',
  },
}
