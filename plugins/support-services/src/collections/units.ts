import type { CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { anyone } from '../access/scopedAccess'
import { managesEveryUnit, withinManagedUnits } from '../access/unitAccess'
import { slugs } from '../defaults'
import { areaProblems, municipalities, type UnitArea } from '../domain'
import { refusal } from '../hooks/refusal'

/** A unit that owns services stays: its services (and their referrals) must move to another unit first. */
const keepWhileOwningServices: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: slugs.services,
    where: { unit: { equals: id } },
    req,
  })
  if (totalDocs > 0)
    throw refusal(
      `Enheten har ${totalDocs} tjänster. Flytta dem till en annan enhet innan enheten tas bort.`,
      'services',
      'ownsServices',
    )
}

/**
 * Units: the providers that own services and serve an area (municipalities, or districts of one). The
 * name, contact and area are public: the site routes residents by them. Central administrators create
 * units; a unit's own administrators keep its contact and area up to date.
 */
export const unitsCollection = ({
  access,
}: Pick<SanitizedOptions, 'access'>): CollectionConfig => ({
  slug: slugs.units,
  labels: { singular: 'Enhet', plural: 'Enheter' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'updatedAt'],
    group: 'Tjänster',
    description:
      'En enhet äger tjänster och tar emot invånare från sitt område. Personal hör till en eller flera enheter.',
  },
  access: {
    read: anyone,
    create: managesEveryUnit(access),
    update: (args) => access.canEditUnits(args.req.user) && withinManagedUnits(access, 'id')(args),
    delete: managesEveryUnit(access),
  },
  hooks: { beforeDelete: [keepWhileOwningServices] },
  fields: [
    { name: 'name', label: 'Namn', type: 'text', required: true, unique: true },
    {
      name: 'contact',
      label: 'Kontakt för invånare',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'phone', label: 'Telefon', type: 'text' },
            { name: 'email', label: 'E-post', type: 'email' },
          ],
        },
        { name: 'address', label: 'Besöksadress', type: 'text' },
        { name: 'openingHours', label: 'Telefontider', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'area',
      label: 'Område',
      type: 'array',
      admin: {
        description:
          'Kommunerna enheten tar emot invånare från. Ange stadsdelar bara när enheten har en del av en stor stad.',
      },
      labels: { singular: 'Kommun', plural: 'Kommuner' },
      validate: (rows: unknown) => {
        const problems = areaProblems((rows ?? []) as UnitArea[])
        return problems.length === 0 ? true : problems.join(' ')
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'municipality',
              label: 'Kommun',
              type: 'select',
              required: true,
              options: municipalities.map(({ code, name }) => ({
                label: `${name} (${code})`,
                value: code,
              })),
            },
            {
              name: 'districts',
              label: 'Bara dessa stadsdelar',
              type: 'text',
              hasMany: true,
            },
          ],
        },
      ],
    },
  ],
})
