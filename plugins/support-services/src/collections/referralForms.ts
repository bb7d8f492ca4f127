import type { CollectionConfig, Field } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { anyone } from '../access/scopedAccess'
import { managedUnitsOf, withinManagedUnits } from '../access/unitAccess'
import { slugs } from '../defaults'
import { standardFieldKeys } from '../domain'
import { keepWithinManagedUnits } from '../hooks/keepWithinManagedUnits'
import { requireSwedishText } from '../hooks/requireSwedishText'
import { validateFormDefinition } from '../hooks/validateFormDefinition'

const kindIs =
  (...kinds: string[]) =>
  (_: unknown, sibling: { kind?: string }) =>
    kinds.includes(sibling?.kind ?? '')

const questionFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'kind',
        label: 'Typ',
        type: 'select',
        required: true,
        defaultValue: 'standard',
        options: [
          { label: 'Standardfält', value: 'standard' },
          { label: 'Ja/nej', value: 'yesNo' },
          { label: 'Val', value: 'choice' },
          { label: 'Kort text', value: 'shortText' },
        ],
      },
      {
        name: 'field',
        label: 'Standardfält',
        type: 'select',
        options: standardFieldKeys.map((key) => ({ label: key, value: key })),
        admin: { condition: kindIs('standard') },
      },
      {
        name: 'key',
        label: 'Nyckel',
        type: 'text',
        admin: {
          condition: kindIs('yesNo', 'choice', 'shortText'),
          description: 'Unik i formuläret, t.ex. hasJob',
        },
      },
      { name: 'required', label: 'Obligatorisk', type: 'checkbox' },
    ],
  },
  { name: 'label', label: 'Fråga', type: 'text', localized: true },
  { name: 'hint', label: 'Hjälptext', type: 'textarea', localized: true },
  {
    name: 'maxLength',
    label: 'Max antal tecken',
    type: 'number',
    min: 1,
    max: 500,
    admin: { condition: kindIs('shortText') },
  },
  {
    name: 'multiple',
    label: 'Flera val',
    type: 'checkbox',
    admin: { condition: kindIs('choice') },
  },
  {
    name: 'options',
    label: 'Svarsalternativ',
    type: 'array',
    admin: { condition: kindIs('choice') },
    fields: [
      { name: 'value', label: 'Värde', type: 'text', required: true },
      { name: 'label', label: 'Text', type: 'text', localized: true, required: true },
    ],
  },
  {
    name: 'showWhen',
    label: 'Visa bara när',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'question', label: 'Frågans nyckel', type: 'text' },
          {
            name: 'equals',
            label: 'har svaret',
            type: 'text',
            admin: { description: 'true/false för ja/nej' },
          },
        ],
      },
    ],
  },
]

export const referralFormsCollection = ({
  access,
}: Pick<SanitizedOptions, 'access'>): CollectionConfig => ({
  slug: slugs.referralForms,
  labels: { singular: 'Anmälningsformulär', plural: 'Anmälningsformulär' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'service', 'active'], group: 'Tjänster' },
  access: {
    read: anyone,
    create: ({ req }) => managedUnitsOf(access, req.user) !== false,
    update: withinManagedUnits(access, 'service.unit'),
    delete: withinManagedUnits(access, 'service.unit'),
  },
  hooks: {
    beforeChange: [keepWithinManagedUnits(access, 'service'), validateFormDefinition],
    afterChange: [requireSwedishText],
  },
  fields: [
    { name: 'title', label: 'Rubrik', type: 'text', localized: true, required: true },
    { name: 'intro', label: 'Inledning', type: 'textarea', localized: true },
    {
      name: 'service',
      label: 'Tjänst',
      type: 'relationship',
      relationTo: slugs.services,
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'active',
      label: 'Används på webbplatsen',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'steps',
      label: 'Steg',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'stepId', label: 'Id', type: 'text', required: true },
        { name: 'title', label: 'Rubrik', type: 'text', localized: true, required: true },
        { name: 'intro', label: 'Inledning', type: 'textarea', localized: true },
        { name: 'questions', label: 'Frågor', type: 'array', fields: questionFields },
      ],
    },
  ],
})
