import type { CollectionConfig } from 'payload'

import {
  previewLink,
  rebuildWhenPublished,
  requireSwedishText,
} from '@stodportalen/support-services'

import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { ownUnitsToChoose, pageOfOwnUnits } from '../access/pageAccess'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { contentEditor } from '../content/editor'
import { heroImageField } from '../content/heroImage'
import { keepPageWithinUnits } from '../hooks/keepPageWithinUnits'
import { requestSiteRebuild } from '../hooks/requestSiteRebuild'

const rebuild = rebuildWhenPublished(requestSiteRebuild)

/**
 * Editor-written pages at `/om/<slug>` on the public site: one per audience around the target group
 * (clinics, schools, employers, relatives, agencies) and the pages about the site itself. A page
 * belongs to the whole install, or to one unit, whose own staff then write it (access/pageAccess.ts).
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Sida', plural: 'Sidor' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'unit', 'slug', '_status'],
    group: 'Innehåll',
    // "Förhandsgranska": the draft on the public site, in the language being edited.
    preview: previewLink('page'),
  },
  defaultSort: 'order',
  versions: { drafts: true },
  access: {
    read: publishedOrStaff,
    // Which unit a new page may go to is the hook's to decide: a create has no page yet to match a `Where`.
    create: isEditorOrAdmin,
    update: pageOfOwnUnits,
    delete: pageOfOwnUnits,
  },
  hooks: {
    beforeChange: [keepPageWithinUnits],
    afterChange: [requireSwedishText, ...rebuild.afterChange],
    afterDelete: rebuild.afterDelete,
  },
  fields: [
    { name: 'title', label: 'Rubrik', type: 'text', required: true, localized: true },
    {
      name: 'summary',
      label: 'Sammanfattning',
      type: 'textarea',
      required: true,
      localized: true,
      admin: {
        description: 'En eller två meningar. Visas under rubriken och i listan på startsidan.',
      },
    },
    {
      name: 'body',
      label: 'Text',
      type: 'richText',
      required: true,
      localized: true,
      editor: contentEditor,
    },
    heroImageField,
    {
      name: 'unit',
      label: 'Enhet',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      filterOptions: ownUnitsToChoose,
      admin: {
        position: 'sidebar',
        description:
          'Tom: sidan hör till hela webbplatsen. En enhets sida skrivs av enhetens egen personal.',
      },
    },
    {
      name: 'slug',
      label: 'Webbadress',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: null | string | undefined) =>
        /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value ?? '') ||
        'Bara små bokstäver a–z, siffror och bindestreck.',
      admin: {
        position: 'sidebar',
        description: 'Sidan visas på /om/<webbadress>, på alla språk.',
      },
    },
    {
      name: 'audience',
      label: 'Målgrupp',
      type: 'select',
      required: true,
      options: [
        { label: 'Vården: psykiatri och primärvård', value: 'clinics' },
        { label: 'Skolor', value: 'schools' },
        { label: 'Arbetsgivare', value: 'employers' },
        { label: 'Anhöriga', value: 'relatives' },
        { label: 'Myndigheter: FK, AF, socialtjänst', value: 'agencies' },
        { label: 'Om webbplatsen: integritet, tillgänglighet…', value: 'about' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      label: 'Ordning',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Lägre tal visas först.' },
    },
  ],
}
