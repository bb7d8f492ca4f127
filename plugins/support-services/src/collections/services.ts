import type { CollectionConfig, Field } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { anyone } from '../access/scopedAccess'
import { managedUnitsOf, withinManagedUnits } from '../access/unitAccess'
import { slugs } from '../defaults'
import {
  careContactKinds,
  defaultAnonymiseAfterYears,
  defaultDeleteAfterDays,
  goals,
  municipalities,
} from '../domain'
import { keepWhileServiceInUse } from '../hooks/keepWhileServiceInUse'
import { keepWithinManagedUnits } from '../hooks/keepWithinManagedUnits'
import { requireSwedishText } from '../hooks/requireSwedishText'
import { validateEligibilityRules } from '../hooks/validateEligibilityRules'
import { heroImageFields } from './heroImage'
import { options } from './options'
import { targetsField } from './serviceTargets'

const localizedText = (name: string, label: string, required = false): Field => ({
  name,
  label,
  type: 'text',
  localized: true,
  required,
})

const localizedTextarea = (name: string, label: string, required = false): Field => ({
  name,
  label,
  type: 'textarea',
  localized: true,
  required,
})

/** The eligibility rules as structured fields; `rulesFromService` turns them into domain data. */
const eligibilityFields: Field = {
  name: 'eligibility',
  label: 'Behörighetsregler',
  type: 'group',
  admin: {
    description:
      'Regler som visas för den som undrar om stödet passar. De stoppar aldrig en anmälan: intaget fattar beslutet.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'ageMin', label: 'Lägsta ålder', type: 'number', min: 0, max: 120 },
        { name: 'ageMax', label: 'Högsta ålder', type: 'number', min: 0, max: 120 },
      ],
    },
    {
      name: 'municipalities',
      label: 'Folkbokförd i kommun',
      type: 'select',
      hasMany: true,
      options: municipalities.map(({ code, name }) => ({
        label: `${name} (${code})`,
        value: code,
      })),
    },
    {
      name: 'careContactAnyOf',
      label: 'Kontakt med vården (någon av)',
      type: 'select',
      hasMany: true,
      options: options(careContactKinds),
    },
    { name: 'consentRequired', label: 'Samtycke till samverkan med vården', type: 'checkbox' },
    {
      name: 'goalAnyOf',
      label: 'Mål (något av)',
      type: 'select',
      hasMany: true,
      options: options(goals),
    },
    {
      name: 'questions',
      label: 'Egna ja/nej-frågor',
      type: 'array',
      fields: [
        { name: 'questionId', label: 'Id', type: 'text', required: true },
        localizedText('question', 'Fråga', true),
        { name: 'expected', label: 'Svaret som passar', type: 'checkbox', defaultValue: true },
      ],
    },
    localizedTextarea('source', 'Källa för reglerna'),
  ],
}

/**
 * How long this service's referrals are kept. Staff only (not part of the public service data), and
 * changed only by those the host lets manage retention.
 */
const retentionFields = (access: SanitizedOptions['access']): Field => {
  const mayChange = ({ req }: { req: { user?: unknown } }) =>
    access.canManageRetention(req.user as Parameters<typeof access.canManageServices>[0])
  return {
    name: 'retention',
    label: 'Gallring',
    type: 'group',
    access: { read: ({ req }) => Boolean(req.user), create: mayChange, update: mayChange },
    admin: {
      description:
        'Gallringen körs varje natt. Den raderar anmälningar som aldrig blev ärenden och anonymiserar avslutade ärenden. Uppföljningsrapportens siffror påverkas inte.',
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'deleteAfterDays',
            label: 'Radera anmälningar som aldrig blev ärenden, dagar efter avslut',
            type: 'number',
            required: true,
            min: 1,
            max: 3650,
            defaultValue: defaultDeleteAfterDays,
            admin: {
              description: `Gäller avslutade anmälningar där personen aldrig blev inskriven (lotsad, avböjd, återtagen, sammanslagen). Sidan om personuppgifter lovar ${defaultDeleteAfterDays} dagar: ändra texten där om du ändrar här.`,
            },
          },
          {
            name: 'anonymiseAfterYears',
            label: 'Anonymisera avslutade ärenden, år efter avslut',
            type: 'number',
            required: true,
            min: 1,
            max: 100,
            defaultValue: defaultAnonymiseAfterYears,
            admin: {
              description:
                'Enligt dokumenthanteringsplanen för den nämnd som ansvarar för tjänsten.',
            },
          },
        ],
      },
    ],
  }
}

export const servicesCollection = ({
  access,
  content,
}: Pick<SanitizedOptions, 'access' | 'content'>): CollectionConfig => ({
  slug: slugs.services,
  labels: { singular: 'Tjänst', plural: 'Tjänster' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'unit', 'method', 'status'],
    group: 'Tjänster',
  },
  access: {
    read: anyone,
    create: ({ req }) => managedUnitsOf(access, req.user) !== false,
    update: withinManagedUnits(access, 'unit'),
    // Who may set up a service may remove one; the hook keeps any that something still points at.
    delete: withinManagedUnits(access, 'unit'),
  },
  hooks: {
    beforeChange: [keepWithinManagedUnits(access, 'unit'), validateEligibilityRules],
    beforeDelete: [keepWhileServiceInUse],
    afterChange: [requireSwedishText],
  },
  fields: [
    localizedText('name', 'Namn', true),
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'unit',
      label: 'Enhet',
      type: 'relationship',
      relationTo: slugs.units,
      required: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Enheten som ger tjänsten. Invånare från enhetens område hänvisas hit.',
      },
      // Moving a service (and its referrals) to another unit is a decision above the units.
      access: { update: ({ req }) => managedUnitsOf(access, req.user) === 'all' },
    },
    {
      name: 'method',
      label: 'Metod',
      type: 'select',
      required: true,
      options: [
        { label: 'IPS', value: 'ips' },
        { label: 'SEd (Supported Education)', value: 'sed' },
        { label: 'SE (Supported Employment)', value: 'se' },
        { label: 'Annat', value: 'other' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      options: [
        { label: 'Tar emot anmälningar', value: 'open' },
        { label: 'Tillfälligt stängd för anmälningar', value: 'paused' },
        { label: 'Avslutad', value: 'closed' },
      ],
      admin: { position: 'sidebar' },
    },
    ...heroImageFields(content),
    {
      name: 'printSheet',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '@stodportalen/support-services/client#PrintSheetField' },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Texter',
          fields: [
            localizedTextarea('summary', 'Kort beskrivning', true),
            localizedTextarea('whoFor', 'Vem stödet är för'),
            // Whole lists are localized: an easy-to-read version may well need fewer, shorter points.
            {
              name: 'whatYouGet',
              label: 'Det här får du',
              type: 'array',
              localized: true,
              fields: [{ name: 'text', label: 'Punkt', type: 'text', required: true }],
            },
            {
              name: 'howItWorks',
              label: 'Så går det till',
              type: 'array',
              localized: true,
              fields: [
                { name: 'title', label: 'Steg', type: 'text', required: true },
                { name: 'text', label: 'Text', type: 'textarea' },
              ],
            },
            {
              name: 'principles',
              label: 'Principer',
              type: 'array',
              localized: true,
              fields: [
                { name: 'title', label: 'Princip', type: 'text', required: true },
                { name: 'text', label: 'Text', type: 'textarea' },
              ],
            },
          ],
        },
        { label: 'Behörighet', fields: [eligibilityFields] },
        {
          label: 'Kontakt och drift',
          fields: [
            { name: 'provider', label: 'Utförare', type: 'text' },
            {
              type: 'row',
              fields: [
                { name: 'municipalityCode', label: 'Kommunkod', type: 'text' },
                { name: 'municipalityName', label: 'Kommun', type: 'text' },
              ],
            },
            {
              name: 'contact',
              label: 'Kontakt',
              type: 'group',
              fields: [
                { name: 'phone', label: 'Telefon', type: 'text' },
                { name: 'email', label: 'E-post', type: 'email' },
                { name: 'address', label: 'Adress', type: 'text' },
                localizedTextarea('openingHours', 'Telefontider och öppettider'),
              ],
            },
            { name: 'languages', label: 'Språk personalen talar', type: 'text', hasMany: true },
            {
              name: 'caseloadTarget',
              label: 'Mål: aktiva ärenden per heltidscoach',
              type: 'number',
              min: 1,
              defaultValue: 20,
            },
            targetsField(access),
            {
              name: 'notifications',
              label: 'Aviseringar via e-post',
              type: 'group',
              // Internal addresses and settings: staff only, not part of the public service data.
              access: { read: ({ req }) => Boolean(req.user) },
              fields: [
                {
                  name: 'notifyIntake',
                  label: 'Meddela intaget när en anmälan kommer in',
                  type: 'checkbox',
                  defaultValue: false,
                },
                {
                  name: 'intakeEmail',
                  label: 'Intagets e-post',
                  type: 'email',
                  admin: {
                    description:
                      'Får bara ”Ny anmälan <referensnummer> till <tjänst>” med en länk, aldrig personuppgifter.',
                    condition: (_, sibling) => Boolean(sibling?.notifyIntake),
                  },
                },
                {
                  name: 'confirmToApplicant',
                  label: 'Skicka bekräftelse till den som ber om det',
                  type: 'checkbox',
                  defaultValue: false,
                  admin: {
                    description:
                      'Referensnummer och vad som händer nu. Inget om hälsa eller svaren.',
                  },
                },
              ],
            },
          ],
        },
        { label: 'Gallring', fields: [retentionFields(access)] },
      ],
    },
  ],
})
