import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import {
  careContactKinds, contactChannels, genders, goals, heardFromOptions, labelledOptions, outcomeLabels, referrerKinds, sourceLabels, statusLabels,
} from '../domain'
import { nobody, scopedAccess } from '../access/scopedAccess'
import { slugs } from '../defaults'
import { options } from './options'
import { enforceWorkflow } from '../hooks/enforceWorkflow'
import { findPossibleDuplicates } from '../hooks/findPossibleDuplicates'
import { deleteReferralEvents, recordReferralEvent } from '../hooks/recordReferralEvent'
import type { SupportServicesAccess } from '../types'

const sidebar = { position: 'sidebar' as const }
/** Set only through the workflow's actions (which ask for what a move needs), never typed in. */
const byActions = { ...sidebar, readOnly: true }

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
        { name: 'dateOfBirth', label: 'Födelsedatum', type: 'text', index: true, admin: { description: 'ÅÅÅÅ-MM-DD' } },
        { name: 'age', label: 'Ålder (om födelsedatum saknas)', type: 'number' },
        { name: 'gender', label: 'Kön', type: 'select', options: options(genders, 'gender'), defaultValue: 'notStated' },
      ],
    },
    { name: 'municipality', label: 'Kommun (kod)', type: 'text' },
    { name: 'contactChannels', label: 'Vill bli kontaktad via', type: 'select', hasMany: true, options: options(contactChannels, 'contactChannels') },
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
    { name: 'kind', label: 'Anmälare', type: 'select', options: options(referrerKinds, 'referrerKind'), defaultValue: 'self' },
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
  admin: { readOnly: true, description: 'Registreras som händelse, så att historiken visar vem som gjorde vad.' },
  fields: [
    { name: 'collaboration', label: 'Samtycker till samverkan med vården', type: 'checkbox' },
    { name: 'partners', label: 'Parter som samtycket gäller', type: 'relationship', relationTo: slugs.partners, hasMany: true },
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
    beforeChange: [enforceWorkflow, findPossibleDuplicates],
    afterChange: [recordReferralEvent],
    afterDelete: [deleteReferralEvents],
  },
  indexes: [{ fields: ['service', 'status', 'receivedAt'] }],
  fields: [
    { name: 'reference', label: 'Referensnummer', type: 'text', required: true, unique: true, admin: { ...sidebar, readOnly: true } },
    { name: 'service', label: 'Tjänst', type: 'relationship', relationTo: slugs.services, required: true, index: true, admin: byActions },
    { name: 'form', label: 'Formulär', type: 'relationship', relationTo: slugs.referralForms, admin: { ...sidebar, readOnly: true } },
    { name: 'status', label: 'Status', type: 'select', options: labelledOptions(statusLabels), required: true, defaultValue: 'received', index: true, admin: byActions },
    {
      name: 'statusReason',
      label: 'Anledning till statusändringen',
      type: 'textarea',
      virtual: true,
      admin: { ...sidebar, hidden: true },
    },
    { name: 'outcome', label: 'Utfall', type: 'select', options: labelledOptions(outcomeLabels), admin: byActions },
    { name: 'redirectPartner', label: 'Lotsad till', type: 'relationship', relationTo: slugs.partners, admin: byActions },
    { name: 'redirectTarget', label: 'Lotsad till (namn)', type: 'text', admin: byActions },
    { name: 'mergedInto', label: 'Sammanslagen med', type: 'relationship', relationTo: slugs.referrals, admin: byActions },
    {
      name: 'possibleDuplicates',
      label: 'Möjliga dubbletter',
      type: 'relationship',
      relationTo: slugs.referrals,
      hasMany: true,
      admin: { ...byActions, description: 'Hittas när anmälan kommer in. Personalen slår samman eller avfärdar; inget slås ihop automatiskt.' },
    },
    { name: 'priority', label: 'Prioritet', type: 'select', options: [{ value: 'normal', label: 'Normal' }, { value: 'high', label: 'Hög' }], defaultValue: 'normal', required: true, admin: sidebar },
    { name: 'assignee', label: 'Handläggare', type: 'relationship', relationTo: usersSlug, index: true, admin: byActions },
    { name: 'receivedAt', label: 'Inkom', type: 'date', required: true, index: true, admin: { ...sidebar, readOnly: true } },
    { name: 'statusChangedAt', label: 'Status ändrad', type: 'date', admin: { ...sidebar, readOnly: true } },
    { name: 'firstContactAt', label: 'Första kontakt', type: 'date', admin: { ...sidebar, readOnly: true } },
    { name: 'enrolledAt', label: 'Inskriven', type: 'date', admin: { ...sidebar, readOnly: true } },
    { name: 'closedAt', label: 'Avslutad', type: 'date', index: true, admin: { ...sidebar, readOnly: true } },
    { name: 'nextReassessmentAt', label: 'Nästa omprövning', type: 'date', index: true, admin: byActions },
    applicantFields,
    referrerFields,
    consentFields,
    {
      type: 'row',
      fields: [
        { name: 'source', label: 'Anmälan från', type: 'select', options: labelledOptions(sourceLabels), index: true },
        { name: 'heardFrom', label: 'Hörde talas om oss via', type: 'select', options: options(heardFromOptions, 'heardFrom'), index: true },
        { name: 'locale', label: 'Formulärets språk', type: 'text' },
      ],
    },
    { name: 'goals', label: 'Mål', type: 'select', hasMany: true, options: options(goals, 'goals') },
    { name: 'careContacts', label: 'Kontakt med vården', type: 'select', hasMany: true, options: options(careContactKinds, 'careContacts') },
    { name: 'customAnswers', label: 'Svar på formulärets egna frågor', type: 'json', admin: { readOnly: true } },
    {
      name: 'eligibilityOverall',
      label: 'Behörighet (vägledande)',
      type: 'select',
      options: [
        { value: 'fits', label: 'Passar' },
        { value: 'mayNotFit', label: 'Passar kanske inte' },
        { value: 'needsMoreInfo', label: 'Behöver mer information' },
      ],
      index: true,
      admin: { readOnly: true },
    },
    { name: 'eligibility', label: 'Behörighetsprövning vid anmälan', type: 'json', admin: { readOnly: true } },
    { name: 'idempotencyKey', type: 'text', unique: true, hidden: true },
  ],
})
