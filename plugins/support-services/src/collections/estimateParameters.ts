import type { Access, CollectionConfig, Field } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { slugs } from '../defaults'
import {
  defaultEstimateParameters,
  type EstimateParameterKey,
  estimateParameterLabels,
  estimateParameterRanges,
} from '../domain'

const defaults = defaultEstimateParameters(new Date().getFullYear())

/** A parameter and the text saying where its figure comes from. */
const parameter = (key: EstimateParameterKey, description: string): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: key,
        label: estimateParameterLabels[key],
        type: 'number',
        required: true,
        defaultValue: defaults[key].value,
        min: estimateParameterRanges[key].min,
        max: estimateParameterRanges[key].max,
        admin: { description, width: '30%' },
      },
      {
        name: `${key}Source`,
        label: 'Källa',
        type: 'textarea',
        required: true,
        defaultValue: defaults[key].source,
        admin: { width: '70%' },
      },
    ],
  },
]

/**
 * The socio-economic estimate's parameters per year, each with its source: read by the staff who see
 * the follow-up report, changed by those the host allows (administrators). A year without a row uses
 * the figures of Hudiksvall's evaluation [003], shown in the report as assumptions.
 */
export const estimateParametersCollection = ({
  access,
}: Pick<SanitizedOptions, 'access'>): CollectionConfig => {
  const read: Access = ({ req }) => access.referralScope(req.user) !== 'none'
  const manage: Access = ({ req }) => access.canManageEstimateParameters(req.user)
  return {
    slug: slugs.estimateParameters,
    labels: { singular: 'Parametrar för samhällsekonomisk kalkyl', plural: 'Kalkylparametrar' },
    admin: {
      useAsTitle: 'year',
      defaultColumns: ['year', 'taxRate', 'productionFactor', 'housingHourlyCost'],
      group: 'Intag',
      description:
        'Ett år utan egna parametrar räknas med Hudiksvalls antaganden [003]. Ange alltid varifrån talet kommer.',
    },
    defaultSort: '-year',
    graphQL: false,
    access: { read, create: manage, update: manage, delete: manage },
    fields: [
      {
        name: 'year',
        label: 'År',
        type: 'number',
        required: true,
        unique: true,
        min: 2000,
        max: 2100,
      },
      ...parameter('taxRate', 'Som andel: 0,33 = 33 %.'),
      ...parameter('productionFactor', 'Lön × faktorn = lön med sociala avgifter.'),
      ...parameter('housingHourlyCost', 'Kronor per timme.'),
    ],
  }
}
