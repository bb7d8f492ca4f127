import type { TextField } from 'payload'

import { campaignPath, newCampaignCode, normalizeCampaignCode } from '../domain'

/**
 * The campaign code of an activity or event: drawn when it is first saved (or taken from the seed) and
 * never changed after, so a printed link keeps working. The unique index guards against the rare collision.
 */
export const campaignCodeField = (): TextField => ({
  name: 'campaignCode',
  label: 'Kampanjkod',
  type: 'text',
  unique: true,
  index: true,
  hooks: {
    beforeValidate: [
      ({ value, originalDoc }) =>
        (originalDoc as { campaignCode?: string } | undefined)?.campaignCode ||
        normalizeCampaignCode(value) ||
        newCampaignCode(),
    ],
  },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: `Skapas när du sparar. Länken på webbplatsen är ${campaignPath('<kod>')}.`,
  },
})
