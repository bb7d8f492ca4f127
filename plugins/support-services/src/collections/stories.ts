import type {
  Access,
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Field,
  FieldAccess,
  FieldHook,
} from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { canManageServices } from '../access/scopedAccess'
import { slugs } from '../defaults'
import {
  consentScopeLabels,
  consentScopes,
  consentWithdrawn,
  slugFromTitle,
  storyOutcomeLabels,
  storyOutcomes,
  storyPublicationError,
  storyStatusAfterSave,
} from '../domain'
import { rebuildWhenPublished } from '../hooks/rebuildWhenPublished'
import { requireSwedishText } from '../hooks/requireSwedishText'

/** Staff read drafts too (the preview shows them); the public reads published stories only. */
const publishedOrStaff: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }

/** The consent record is the office's business: signed-in staff only, on every read path. */
const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)

/** Filled from the title when left empty, so editors need not invent one. */
const slugFromTitleIfEmpty: FieldHook = ({ value, data }) =>
  value || (typeof data?.title === 'string' ? slugFromTitle(data.title) : value)

/** Publishing a story whose consent is withdrawn saves it as a draft instead: it leaves the site. */
const draftWhenWithdrawn: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const consent = { ...originalDoc?.consent, ...data.consent }
  return { ...data, _status: storyStatusAfterSave(data._status, consent) }
}

/**
 * Stories of people who found work or studies, told with their consent: on the service's page, the
 * home page and a page of their own. Withdrawing the consent takes the story off the site.
 */
export const storiesCollection = ({
  access,
  content,
  onPublicContentChange,
}: Pick<SanitizedOptions, 'access' | 'content' | 'onPublicContentChange'>): CollectionConfig => {
  /**
   * A withdrawal saved as a draft leaves the published version live (Payload writes drafts beside
   * it): unpublish that one too, and rebuild the site so the story leaves at once.
   */
  const unpublishWithdrawn: CollectionAfterChangeHook = async ({ doc, req, context }) => {
    if (context.unpublishing || doc._status !== 'draft' || !consentWithdrawn(doc.consent))
      return doc
    const live = await req.payload.count({
      collection: slugs.stories,
      where: { id: { equals: doc.id }, _status: { equals: 'published' } },
      req,
    })
    if (live.totalDocs === 0) return doc
    await req.payload.update({
      collection: slugs.stories,
      id: doc.id,
      data: { _status: 'draft' },
      req,
      context: { ...context, unpublishing: true },
    })
    onPublicContentChange?.({ req, context })
    return doc
  }
  const rebuild = rebuildWhenPublished(onPublicContentChange)
  return {
    slug: slugs.stories,
    labels: { singular: 'Berättelse', plural: 'Berättelser' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'name', 'service', 'outcome', '_status'],
      group: 'Innehåll',
    },
    defaultSort: '-createdAt',
    versions: { drafts: true },
    access: {
      read: publishedOrStaff,
      readVersions: canManageServices(access),
      create: canManageServices(access),
      update: canManageServices(access),
      delete: canManageServices(access),
    },
    hooks: {
      beforeChange: [draftWhenWithdrawn],
      afterChange: [requireSwedishText, unpublishWithdrawn, ...rebuild.afterChange],
      afterDelete: rebuild.afterDelete,
    },
    fields: [
      { name: 'title', label: 'Rubrik', type: 'text', required: true, localized: true },
      {
        name: 'name',
        label: 'Förnamn eller valt namn',
        type: 'text',
        required: true,
        admin: { description: 'Det namn personen vill synas med. Aldrig efternamn.' },
      },
      {
        name: 'text',
        label: 'Text',
        type: 'richText',
        required: true,
        localized: true,
        editor: content.editor,
      },
      ...(content.imageCollection
        ? [
            {
              name: 'photo',
              label: 'Bild',
              type: 'upload',
              relationTo: content.imageCollection,
              admin: { description: 'Frivillig. Bara med personens samtycke till bild.' },
            } satisfies Field,
          ]
        : []),
      {
        name: 'consent',
        label: 'Samtycke till publicering',
        type: 'group',
        access: { read: staffOnly },
        admin: {
          description:
            'Visas aldrig på webbplatsen. Utan datum kan berättelsen inte publiceras; ett återkallat samtycke tar bort den från webbplatsen när du sparar.',
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'givenOn',
                label: 'Samtycke givet',
                type: 'date',
                admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
                validate: (_value: unknown, { data }: { data: Partial<Record<string, unknown>> }) =>
                  storyPublicationError(data as never) ?? true,
              },
              {
                name: 'withdrawnOn',
                label: 'Samtycke återkallat',
                type: 'date',
                admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
              },
            ],
          },
          {
            name: 'scope',
            label: 'Samtycket gäller',
            type: 'select',
            hasMany: true,
            options: consentScopes.map((value) => ({ value, label: consentScopeLabels[value] })),
          },
        ],
      },
      {
        name: 'slug',
        label: 'Webbadress',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        hooks: { beforeValidate: [slugFromTitleIfEmpty] },
        validate: (value: null | string | undefined) =>
          /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value ?? '') ||
          'Bara små bokstäver a–z, siffror och bindestreck.',
        admin: {
          position: 'sidebar',
          description:
            'Berättelsen visas på /berattelser/<webbadress>. Lämna tomt så skapas den av rubriken.',
        },
      },
      {
        name: 'service',
        label: 'Tjänst',
        type: 'relationship',
        relationTo: slugs.services,
        required: true,
        admin: { position: 'sidebar', description: 'Berättelsen visas också på tjänstens sida.' },
      },
      {
        name: 'outcome',
        label: 'Gick vidare till',
        type: 'select',
        required: true,
        options: storyOutcomes.map((value) => ({ value, label: storyOutcomeLabels[value] })),
        admin: { position: 'sidebar' },
      },
    ],
  }
}
