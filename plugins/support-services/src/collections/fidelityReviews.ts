import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { scopedAccess } from '../access/scopedAccess'
import { slugs } from '../defaults'
import {
  duplicateItemProblem,
  fidelityBandLabels,
  fidelityBands,
  fidelityItems,
  isIsoDate,
  type ItemScore,
  reviewResult,
  scoreProblem,
} from '../domain'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null
    ? Number((value as { id: unknown }).id)
    : Number(value)

/** The total, the number of items scored and the band, kept on the review for the list. */
const storeResult: CollectionBeforeChangeHook = ({ data }) => {
  const { total, scored, band } = reviewResult((data.scores ?? []) as ItemScore[])
  return { ...data, total, scored, band }
}

/**
 * IPS fidelity reviews: per service and date, who reviewed, and the 25 items each scored 1–5 with
 * notes. Saved unfinished as often as needed; the band is set when every item has a score. For the
 * staff who may read the service's referrals (the follow-up report's rule), as the figures come from
 * them; kept off GraphQL like the other intake data.
 */
export const fidelityReviewsCollection = ({
  access,
  usersSlug,
}: Pick<SanitizedOptions, 'access' | 'usersSlug'>): CollectionConfig => {
  const inScope = (user: Parameters<typeof access.referralScope>[0], service: unknown) => {
    const scope = access.referralScope(user)
    if (scope === 'all') return true
    if (scope === 'none' || service == null) return false
    return scope.map(Number).includes(idOf(service))
  }
  const scoped = scopedAccess(access, 'service')
  // A review is written for a service of one's own, and never moved to a service outside it.
  const create: Access = ({ req, data }) => inScope(req.user, data?.service)
  const update: Access = (args) =>
    args.data?.service != null && !inScope(args.req.user, args.data.service) ? false : scoped(args)
  return {
    slug: slugs.fidelityReviews,
    labels: { singular: 'Programtrohetsmätning', plural: 'Programtrohetsmätningar' },
    admin: {
      useAsTitle: 'date',
      defaultColumns: ['service', 'date', 'total', 'band'],
      group: 'Intag',
      description: 'Fyll i mätningarna under Programtrohet (/admin/fidelity).',
    },
    defaultSort: '-date',
    graphQL: false,
    access: { read: scoped, create, update, delete: scoped },
    hooks: { beforeChange: [storeResult] },
    fields: [
      {
        name: 'service',
        label: 'Tjänst',
        type: 'relationship',
        relationTo: slugs.services,
        required: true,
        index: true,
      },
      {
        name: 'date',
        label: 'Datum för mätningen',
        type: 'text',
        required: true,
        index: true,
        validate: (value: null | string | undefined) =>
          value && isIsoDate(value) ? true : 'Datum för mätningen ska vara ett datum (ÅÅÅÅ-MM-DD).',
        admin: { description: 'ÅÅÅÅ-MM-DD' },
      },
      {
        name: 'reviewers',
        label: 'Granskare',
        labels: { singular: 'Granskare', plural: 'Granskare' },
        type: 'array',
        admin: { description: 'Personal: välj ett konto eller skriv namnet.' },
        validate: (rows: unknown) =>
          Array.isArray(rows) &&
          rows.some(
            (r: { account?: unknown; name?: null | string }) => !r.account && !r.name?.trim(),
          )
            ? 'Varje granskare behöver ett konto eller ett namn.'
            : true,
        fields: [
          { name: 'account', label: 'Konto', type: 'relationship', relationTo: usersSlug },
          { name: 'name', label: 'Namn', type: 'text', maxLength: 200 },
        ],
      },
      {
        name: 'scores',
        label: 'Bedömningar',
        labels: { singular: 'Bedömning', plural: 'Bedömningar' },
        type: 'array',
        validate: (rows: unknown) => duplicateItemProblem((rows ?? []) as ItemScore[]) ?? true,
        fields: [
          {
            name: 'item',
            label: 'Punkt',
            type: 'select',
            required: true,
            options: fidelityItems.map((i) => ({ value: i.key, label: i.name })),
          },
          {
            name: 'score',
            label: 'Poäng (1–5)',
            type: 'number',
            validate: (value: unknown, { siblingData }: { siblingData: Partial<ItemScore> }) =>
              scoreProblem(String(siblingData?.item ?? ''), value) ?? true,
          },
          { name: 'note', label: 'Anteckning', type: 'textarea', maxLength: 4000 },
        ],
      },
      {
        type: 'row',
        admin: { readOnly: true },
        fields: [
          { name: 'total', label: 'Summa', type: 'number', admin: { readOnly: true } },
          { name: 'scored', label: 'Bedömda punkter', type: 'number', admin: { readOnly: true } },
          {
            name: 'band',
            label: 'Nivå',
            type: 'select',
            options: fidelityBands.map((b) => ({ value: b, label: fidelityBandLabels[b] })),
            admin: { readOnly: true },
          },
        ],
      },
    ],
  }
}
