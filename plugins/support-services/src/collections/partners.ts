import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { canManageServices } from '../access/scopedAccess'
import { slugs } from '../defaults'

/**
 * Organisations outside the system that people are redirected to (Ung Intro, Komvux, FK, AF,
 * psychiatry…) and that written consent covers. Editors keep the list; intake staff pick from it.
 */
export const partnersCollection = ({
  access,
}: Pick<SanitizedOptions, 'access'>): CollectionConfig => ({
  slug: slugs.partners,
  labels: { singular: 'Samverkanspart', plural: 'Samverkansparter' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'active'], group: 'Tjänster' },
  access: {
    read: ({ req }) =>
      access.canManageServices(req.user) || access.referralScope(req.user) !== 'none',
    create: canManageServices(access),
    update: canManageServices(access),
    delete: canManageServices(access),
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', label: 'Namn', type: 'text', required: true, unique: true },
    {
      name: 'kind',
      label: 'Slag',
      type: 'select',
      required: true,
      defaultValue: 'other',
      options: [
        { value: 'care', label: 'Vården' },
        { value: 'education', label: 'Utbildning' },
        { value: 'agency', label: 'Myndighet' },
        { value: 'municipal', label: 'Kommunal verksamhet' },
        { value: 'other', label: 'Annan' },
      ],
    },
    { name: 'description', label: 'Beskrivning', type: 'textarea' },
    {
      // Shown on the status page of a resident redirected here: where to turn, and how.
      name: 'contact',
      label: 'Kontakt för den som lotsas hit',
      type: 'group',
      fields: [
        { name: 'phone', label: 'Telefon', type: 'text' },
        { name: 'email', label: 'E-post', type: 'email' },
        { name: 'url', label: 'Webbplats', type: 'text' },
      ],
    },
    {
      name: 'active',
      label: 'Aktiv',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Inaktiva parter går inte att välja men finns kvar i historiken.' },
    },
  ],
})
