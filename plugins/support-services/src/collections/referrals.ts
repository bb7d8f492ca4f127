import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { careContactKinds, contactChannels, genders, goals, heardFromOptions, outcomes, referralSources, referrerKinds, statuses } from '../domain'
import { nobody, scopedAccess } from '../access/scopedAccess'
import { slugs } from '../defaults'
import { options } from './options'
import { enforceWorkflow } from '../hooks/enforceWorkflow'
import { deleteReferralEvents, recordReferralEvent } from '../hooks/recordReferralEvent'
import type { SupportServicesAccess } from '../types'

const sidebar = { position: 'sidebar' as const }

const applicantFields: Field = {
  name: 'applicant',
  label: 'Sökande',
  type: 'group',
  fields: [
    { name: 'name', label: 'Namn', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'phone', label: 'Telefon', type: 'text', index: true },
        { name: 'email', label: 'E-post', type: 'text', index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'dateOfBirth', label: 'Födelsedatum', type: 'text', admin: { description: 'ÅÅÅÅ-MM-DD' } },
        { name: 'age', label: 'Ålder (om födelsedatum saknas)', type: 'number' },
        { name: 'gender', label: 'Kön', type: 'select', options: options(genders), defaultValue: 'notStated' },
      ],
    },
    { name: 'municipality', label: 'Kommun (kod)', type: 'text' },
    { name: 'contactChannels', label: 'Vill bli kontaktad via', type: 'select', hasMany: true, options: options(contactChannels) },
    { name: 'bestTimeToContact', label: 'Bästa tid att nå', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'preferredLanguage', label: 'Språk', type: 'text' },
        { name: 'interpreterNeeded', label: 'Behöver tolk', type: 'checkbox' },
        { name: 'emailConfirmation', label: 'Vill ha bekräftelse via e-post', type: 'checkbox' },
      ],
    },
    { name: 'message', label: 'Meddelande', type: 'textarea' },
  ],
}

const referrerFields: Field = {
  name: 'referrer',
  label: 'Vem anmälde',
  type: 'group',
  fields: [
    { name: 'kind', label: 'Anmälare', type: 'select', options: options(referrerKinds), defaultValue: 'self' },
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
  fields: [
    { name: 'collaboration', label: 'Samtycker till samverkan med vården', type: 'checkbox' },
    { name: 'partners', label: 'Vilka parter samtycket gäller', type: 'text' },
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

export const referralsCollection = (access: SupportServicesAccess, usersSlug: CollectionSlug): CollectionConfig => ({
  slug: slugs.referrals,
  labels: { singular: 'Anmälan', plural: 'Anmälningar' },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'service', 'status', 'receivedAt', 'assignee', 'eligibilityOverall'],
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
    beforeChange: [enforceWorkflow],
    afterChange: [recordReferralEvent],
    afterDelete: [deleteReferralEvents],
  },
  indexes: [{ fields: ['service', 'status', 'receivedAt'] }],
  fields: [
    { name: 'reference', label: 'Referensnummer', type: 'text', required: true, unique: true, admin: { ...sidebar, readOnly: true } },
    { name: 'service', label: 'Tjänst', type: 'relationship', relationTo: slugs.services, required: true, index: true, admin: sidebar },
    { name: 'form', label: 'Formulär', type: 'relationship', relationTo: slugs.referralForms, admin: { ...sidebar, readOnly: true } },
    { name: 'status', label: 'Status', type: 'select', options: options(statuses), required: true, defaultValue: 'received', index: true, admin: sidebar },
    {
      name: 'statusReason',
      label: 'Anledning till statusändringen',
      type: 'textarea',
      virtual: true,
      admin: { ...sidebar, description: 'Sparas i historiken. Krävs för t.ex. vilande, avböjd och återöppnad.' },
    },
    { name: 'outcome', label: 'Utfall', type: 'select', options: options(outcomes), admin: sidebar },
    { name: 'redirectTarget', label: 'Lotsad till', type: 'text', admin: sidebar },
    { name: 'priority', label: 'Prioritet', type: 'select', options: options(['normal', 'high']), defaultValue: 'normal', required: true, admin: sidebar },
    { name: 'assignee', label: 'Handläggare', type: 'relationship', relationTo: usersSlug, index: true, admin: sidebar },
    { name: 'receivedAt', label: 'Inkom', type: 'date', required: true, index: true, admin: { ...sidebar, readOnly: true } },
    { name: 'statusChangedAt', label: 'Status ändrad', type: 'date', admin: { ...sidebar, readOnly: true } },
    { name: 'firstContactAt', label: 'Första kontakt', type: 'date', admin: { ...sidebar, readOnly: true } },
    { name: 'enrolledAt', label: 'Inskriven', type: 'date', admin: { ...sidebar, readOnly: true } },
    { name: 'closedAt', label: 'Avslutad', type: 'date', index: true, admin: { ...sidebar, readOnly: true } },
    { name: 'nextReassessmentAt', label: 'Nästa omprövning', type: 'date', index: true, admin: sidebar },
    applicantFields,
    referrerFields,
    consentFields,
    {
      type: 'row',
      fields: [
        { name: 'source', label: 'Anmälan från', type: 'select', options: options(referralSources), index: true },
        { name: 'heardFrom', label: 'Hörde talas om oss via', type: 'select', options: options(heardFromOptions), index: true },
        { name: 'locale', label: 'Formulärets språk', type: 'text' },
      ],
    },
    { name: 'goals', label: 'Mål', type: 'select', hasMany: true, options: options(goals) },
    { name: 'careContacts', label: 'Kontakt med vården', type: 'select', hasMany: true, options: options(careContactKinds) },
    { name: 'customAnswers', label: 'Svar på formulärets egna frågor', type: 'json', admin: { readOnly: true } },
    {
      name: 'eligibilityOverall',
      label: 'Behörighet (vägledande)',
      type: 'select',
      options: options(['fits', 'mayNotFit', 'needsMoreInfo']),
      index: true,
      admin: { readOnly: true },
    },
    { name: 'eligibility', label: 'Behörighetsprövning vid anmälan', type: 'json', admin: { readOnly: true } },
    { name: 'idempotencyKey', type: 'text', unique: true, hidden: true },
  ],
})
