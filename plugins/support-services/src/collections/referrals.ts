import type { CollectionConfig, Field } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { nobody, scopedAccess } from '../access/scopedAccess'
import { slugs } from '../defaults'
import {
  careContactKinds,
  contactChannels,
  eligibilityOverallLabels,
  genders,
  goals,
  heardFromOptions,
  labelledOptions,
  outcomeLabels,
  priorityLabels,
  referrerKinds,
  sourceLabels,
  statusLabels,
  type UpdateChannel,
} from '../domain'
import { derivePersonLookup } from '../hooks/derivePersonLookup'
import { enforceWorkflow } from '../hooks/enforceWorkflow'
import { findPossibleDuplicates } from '../hooks/findPossibleDuplicates'
import { queueResidentUpdate } from '../hooks/queueResidentUpdate'
import { deleteReferralEvents, recordReferralEvent } from '../hooks/recordReferralEvent'
import { refuseAnonymisedChange } from '../hooks/refuseAnonymisedChange'
import { withEncryptedFields } from '../privacy/encryptedFields'
import { referralPersonalFields } from '../privacy/personalData'
import { options } from './options'

const sidebar = { position: 'sidebar' as const }
/** Set only through the workflow's actions (which ask for what a move needs), never typed in. */
const byActions = { ...sidebar, readOnly: true }
/** Read-only facts that most referrals lack (an outcome, a merge…) show only once they are set. */
const whenSet = (name: string) => ({
  condition: (data: Record<string, unknown>) => {
    const value = data?.[name]
    return Array.isArray(value)
      ? value.length > 0
      : value !== null && value !== undefined && value !== ''
  },
})

const applicantFields: Field = {
  name: 'applicant',
  label: 'Sökande',
  type: 'group',
  fields: [
    { name: 'name', label: 'Namn', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'phone', label: 'Telefon', type: 'text' },
        { name: 'email', label: 'E-post', type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'dateOfBirth',
          label: 'Födelsedatum',
          type: 'text',
          admin: { description: 'ÅÅÅÅ-MM-DD' },
        },
        { name: 'age', label: 'Ålder (om födelsedatum saknas)', type: 'number' },
        {
          name: 'gender',
          label: 'Kön',
          type: 'select',
          options: options(genders, 'gender'),
          defaultValue: 'notStated',
        },
      ],
    },
    { name: 'municipality', label: 'Kommun (kod)', type: 'text' },
    {
      name: 'contactChannels',
      label: 'Vill bli kontaktad via',
      type: 'select',
      hasMany: true,
      options: options(contactChannels, 'contactChannels'),
    },
    { name: 'bestTimeToContact', label: 'Bästa tid att nå', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'preferredLanguage', label: 'Språk', type: 'text' },
        { name: 'interpreterNeeded', label: 'Behöver tolk', type: 'checkbox' },
        { name: 'emailConfirmation', label: 'Vill ha bekräftelse via e-post', type: 'checkbox' },
      ],
    },
    {
      name: 'statusUpdates',
      label: 'Vill få veta när anmälan ändras',
      type: 'select',
      hasMany: true,
      options: labelledOptions({ email: 'E-post', sms: 'Sms' } satisfies Record<
        UpdateChannel,
        string
      >),
      admin: {
        description:
          'Ett kort meddelande med status och länken till statussidan när anmälan får första kontakt, skrivs in, lotsas, avslutas eller tas tillbaka.',
      },
    },
    { name: 'message', label: 'Meddelande', type: 'textarea' },
  ],
}

const referrerFields: Field = {
  name: 'referrer',
  label: 'Vem anmälde',
  type: 'group',
  fields: [
    {
      name: 'kind',
      label: 'Anmälare',
      type: 'select',
      options: options(referrerKinds, 'referrerKind'),
      defaultValue: 'self',
    },
    { name: 'name', label: 'Namn', type: 'text' },
    { name: 'organisation', label: 'Verksamhet', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'phone', label: 'Telefon', type: 'text' },
        { name: 'email', label: 'E-post', type: 'text' },
      ],
    },
  ],
}

const consentFields: Field = {
  name: 'consent',
  label: 'Samtycke',
  type: 'group',
  admin: {
    readOnly: true,
    description: 'Registreras som händelse, så att historiken visar vem som gjorde vad.',
  },
  fields: [
    { name: 'collaboration', label: 'Samtycker till samverkan med vården', type: 'checkbox' },
    {
      name: 'partners',
      label: 'Parter som samtycket gäller',
      type: 'relationship',
      relationTo: slugs.partners,
      hasMany: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'formVersion', label: 'Blankettversion', type: 'text' },
        { name: 'recordedAt', label: 'Datum', type: 'date' },
        { name: 'withdrawnAt', label: 'Återkallat', type: 'date' },
      ],
    },
  ],
}

/**
 * A part of the referral's page: a `ui` field (no data) whose server component reads what it shows
 * and renders the forms that change the referral through its validated REST paths.
 */
const caseField = (
  name: string,
  component: string,
  serverProps?: Record<string, unknown>,
): Field => ({
  name,
  type: 'ui',
  admin: {
    disableListColumn: true,
    components: {
      Field: {
        path: `@stodportalen/support-services/rsc#${component}`,
        ...(serverProps && { serverProps }),
      },
    },
  },
})

/**
 * Keyed hashes of the applicant's lookup keys (see derivePersonLookup): duplicate detection compares
 * these, as the values themselves are encrypted. Never shown, never sent.
 */
const personLookupFields: Field = {
  name: 'personLookup',
  type: 'group',
  admin: { hidden: true },
  access: { read: () => false, update: () => false, create: () => false },
  fields: (['nameAndBirth', 'phone', 'email'] as const).map((name) => ({
    name,
    type: 'text' as const,
    index: true,
  })),
}

export const referralsCollection = ({
  access,
  usersSlug,
  privacy,
}: Pick<SanitizedOptions, 'access' | 'usersSlug' | 'privacy'>): CollectionConfig => ({
  slug: slugs.referrals,
  labels: { singular: 'Anmälan', plural: 'Anmälningar' },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: [
      'reference',
      'service',
      'status',
      'receivedAt',
      'assignee',
      'eligibilityOverall',
    ],
    group: 'Intag',
    listSearchableFields: ['reference'],
  },
  // Health data: no GraphQL schema at all, no versions, no public path. The submit endpoint is the way in.
  graphQL: false,
  access: {
    create: nobody,
    read: scopedAccess(access, 'service'),
    update: scopedAccess(access, 'service'),
    delete: nobody,
  },
  hooks: {
    beforeChange: [
      refuseAnonymisedChange,
      enforceWorkflow,
      derivePersonLookup(privacy.lookupHash),
      findPossibleDuplicates,
    ],
    afterChange: [recordReferralEvent(privacy.cipher), queueResidentUpdate],
    afterDelete: [deleteReferralEvents],
  },
  indexes: [
    { fields: ['service', 'status', 'receivedAt'] },
    // A municipality's case id is imported once per service: the import's idempotency rests on it.
    { fields: ['service', 'externalCaseId'], unique: true },
  ],
  fields: withEncryptedFields(
    [
      {
        name: 'reference',
        label: 'Referensnummer',
        type: 'text',
        required: true,
        unique: true,
        admin: { ...sidebar, readOnly: true },
      },
      {
        name: 'service',
        label: 'Tjänst',
        type: 'relationship',
        relationTo: slugs.services,
        required: true,
        index: true,
        admin: byActions,
      },
      {
        name: 'form',
        label: 'Formulär',
        type: 'relationship',
        relationTo: slugs.referralForms,
        admin: { ...sidebar, readOnly: true, ...whenSet('form') },
      },
      {
        name: 'status',
        label: 'Status',
        type: 'select',
        options: labelledOptions(statusLabels),
        required: true,
        defaultValue: 'received',
        index: true,
        admin: byActions,
      },
      {
        name: 'statusReason',
        label: 'Anledning till statusändringen',
        type: 'textarea',
        virtual: true,
        admin: { ...sidebar, hidden: true },
      },
      {
        name: 'outcome',
        label: 'Utfall',
        type: 'select',
        options: labelledOptions(outcomeLabels),
        admin: { ...byActions, ...whenSet('outcome') },
      },
      {
        name: 'redirectPartner',
        label: 'Lotsad till',
        type: 'relationship',
        relationTo: slugs.partners,
        admin: { ...byActions, ...whenSet('redirectPartner') },
      },
      {
        name: 'redirectTarget',
        label: 'Lotsad till (namn)',
        type: 'text',
        admin: { ...byActions, ...whenSet('redirectTarget') },
      },
      {
        name: 'mergedInto',
        label: 'Sammanslagen med',
        type: 'relationship',
        relationTo: slugs.referrals,
        admin: { ...byActions, ...whenSet('mergedInto') },
      },
      {
        name: 'possibleDuplicates',
        label: 'Möjliga dubbletter',
        type: 'relationship',
        relationTo: slugs.referrals,
        hasMany: true,
        admin: {
          ...byActions,
          ...whenSet('possibleDuplicates'),
          description:
            'Hittas när anmälan kommer in. Personalen slår samman eller avfärdar; inget slås ihop automatiskt.',
        },
      },
      {
        name: 'priority',
        label: 'Prioritet',
        type: 'select',
        options: labelledOptions(priorityLabels),
        defaultValue: 'normal',
        required: true,
        admin: sidebar,
      },
      {
        name: 'assignee',
        label: 'Handläggare',
        type: 'relationship',
        relationTo: usersSlug,
        index: true,
        admin: byActions,
      },
      {
        name: 'receivedAt',
        label: 'Inkom',
        type: 'date',
        required: true,
        index: true,
        admin: { ...sidebar, readOnly: true },
      },
      {
        name: 'statusChangedAt',
        label: 'Status ändrad',
        type: 'date',
        admin: { ...sidebar, readOnly: true, ...whenSet('statusChangedAt') },
      },
      {
        name: 'firstContactAt',
        label: 'Första kontakt',
        type: 'date',
        admin: { ...sidebar, readOnly: true, ...whenSet('firstContactAt') },
      },
      {
        name: 'enrolledAt',
        label: 'Inskriven',
        type: 'date',
        admin: { ...sidebar, readOnly: true, ...whenSet('enrolledAt') },
      },
      {
        name: 'closedAt',
        label: 'Avslutad',
        type: 'date',
        index: true,
        admin: { ...sidebar, readOnly: true, ...whenSet('closedAt') },
      },
      {
        name: 'contactRequestedAt',
        label: 'Vill bli kontaktad',
        type: 'date',
        admin: {
          ...sidebar,
          ...whenSet('contactRequestedAt'),
          description:
            'Den sökande bad via sin statussida att bli kontaktad. Töm fältet när ni har hört av er.',
        },
      },
      {
        name: 'anonymisedAt',
        label: 'Anonymiserad',
        type: 'date',
        // Set only by retention, together with the clearing: never by hand, or a case could skip anonymisation.
        access: { create: () => false, update: () => false },
        admin: {
          ...sidebar,
          readOnly: true,
          ...whenSet('anonymisedAt'),
          description: 'Personuppgifterna är borttagna; uppföljningens siffror finns kvar.',
        },
      },
      {
        name: 'campaign',
        label: 'Kampanj',
        type: 'group',
        admin: {
          ...sidebar,
          condition: (data) => Boolean(data?.campaign?.code),
          description:
            'Kampanjlänken som ledde hit (/k/<kod>). Koden finns kvar om aktiviteten tas bort.',
        },
        fields: [
          {
            name: 'code',
            label: 'Kampanjkod',
            type: 'text',
            index: true,
            admin: { readOnly: true },
          },
          {
            name: 'activity',
            label: 'Aktivitet',
            type: 'relationship',
            relationTo: slugs.outreachActivities,
            index: true,
            admin: { readOnly: true, ...whenSet('activity') },
          },
          {
            name: 'event',
            label: 'Evenemang',
            type: 'relationship',
            relationTo: slugs.events,
            index: true,
            admin: { readOnly: true, ...whenSet('event') },
          },
        ],
      },
      {
        name: 'nextReassessmentAt',
        label: 'Nästa omprövning',
        type: 'date',
        index: true,
        admin: { ...byActions, ...whenSet('nextReassessmentAt') },
      },
      {
        type: 'tabs',
        tabs: [
          {
            label: 'Handläggning',
            fields: [
              caseField('caseActions', 'CaseActionsField', { access }),
              caseField('caseDuplicates', 'DuplicatesField'),
              caseField('caseContacts', 'ContactLogField'),
              caseField('caseConsent', 'ConsentField'),
              caseField('caseReassessment', 'ReassessmentField'),
              caseField('caseWork', 'WorkField'),
              caseField('caseHistory', 'TimelineField'),
            ],
          },
          {
            label: 'Anmälan',
            fields: [caseField('caseAnswers', 'AnswersField')],
          },
          {
            label: 'Uppgifter',
            description:
              'De sparade uppgifterna. Rätta här om något blivit fel; status, tjänst och handläggare ändras under Handläggning.',
            fields: [
              applicantFields,
              referrerFields,
              consentFields,
              {
                type: 'row',
                fields: [
                  {
                    name: 'source',
                    label: 'Anmälan från',
                    type: 'select',
                    options: labelledOptions(sourceLabels),
                    index: true,
                  },
                  {
                    name: 'heardFrom',
                    label: 'Hörde talas om oss via',
                    type: 'select',
                    options: options(heardFromOptions, 'heardFrom'),
                    index: true,
                  },
                  { name: 'locale', label: 'Formulärets språk', type: 'text' },
                ],
              },
              {
                name: 'goals',
                label: 'Mål',
                type: 'select',
                hasMany: true,
                options: options(goals, 'goals'),
              },
              {
                name: 'careContacts',
                label: 'Kontakt med vården',
                type: 'select',
                hasMany: true,
                options: options(careContactKinds, 'careContacts'),
              },
              {
                name: 'customAnswers',
                label: 'Svar på formulärets egna frågor',
                type: 'json',
                admin: { readOnly: true },
              },
              {
                name: 'eligibilityOverall',
                label: 'Behörighet (vägledande)',
                type: 'select',
                options: labelledOptions(eligibilityOverallLabels),
                index: true,
                admin: { readOnly: true },
              },
              {
                name: 'eligibility',
                label: 'Behörighetsprövning vid anmälan',
                type: 'json',
                admin: { readOnly: true },
              },
            ],
          },
        ],
      },
      {
        name: 'externalCaseId',
        label: 'Kommunens ärende-id',
        type: 'text',
        admin: { ...sidebar, readOnly: true, ...whenSet('externalCaseId') },
      },
      {
        name: 'importBatch',
        label: 'Importerad',
        type: 'relationship',
        relationTo: slugs.caseloadImports,
        index: true,
        admin: {
          ...sidebar,
          readOnly: true,
          ...whenSet('importBatch'),
          description: 'Anmälan kom in genom en import av kommunens ärendelista, med historiken.',
        },
      },
      personLookupFields,
      { name: 'idempotencyKey', type: 'text', unique: true, hidden: true },
      // The SHA-256 of the resident's status link (see domain/statusPage.ts); the link itself is never stored.
      { name: 'statusTokenHash', type: 'text', unique: true, hidden: true },
      // The link's token itself, sealed like the personal data, kept only when the resident chose
      // updates: each update carries the same link they already have (operations/residentUpdates).
      { name: 'statusToken', type: 'text', hidden: true },
    ],
    referralPersonalFields,
    privacy.cipher,
  ),
})
