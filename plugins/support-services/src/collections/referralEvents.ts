import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { nobody, scopedAccess } from '../access/scopedAccess'
import { slugs } from '../defaults'
import {
  consentActionLabels,
  contactChannelLabels,
  contactResultLabels,
  educationLevelLabels,
  eventTypeLabels,
  incomeSourceLabels,
  labelledOptions,
  outcomeLabels,
  reassessmentResultLabels,
  schoolKindLabels,
  sniSectionLabels,
  sniSectionText,
  startEndReasonLabels,
  startKindLabels,
  statusLabels,
  supportYearBandLabels,
} from '../domain'
import { applyCaseRecord } from '../hooks/applyCaseRecord'
import { checkCaseRecordEvent } from '../hooks/checkCaseRecordEvent'
import { withEncryptedFields } from '../privacy/encryptedFields'
import { referralEventPersonalFields } from '../privacy/personalData'

const shownFor = (...types: string[]) => ({
  condition: (_: unknown, sibling: { type?: string }) => types.includes(sibling?.type ?? ''),
})

/**
 * The append-only history of a referral: nobody updates or deletes an event (retention does, later).
 * Staff write notes, contact attempts, consent and re-assessments here; status changes, moves and
 * assignments are written by the referral's own hooks in the same transaction as the change.
 */
export const referralEventsCollection = ({
  access,
  usersSlug,
  privacy,
}: Pick<SanitizedOptions, 'access' | 'usersSlug' | 'privacy'>): CollectionConfig => ({
  slug: slugs.referralEvents,
  labels: { singular: 'Händelse', plural: 'Händelser' },
  admin: {
    useAsTitle: 'type',
    defaultColumns: ['at', 'referral', 'type', 'toStatus', 'actor'],
    group: 'Intag',
  },
  graphQL: false,
  access: {
    create: ({ req }) => access.referralScope(req.user) !== 'none',
    read: scopedAccess(access, 'referral.service'),
    update: nobody,
    delete: nobody,
  },
  hooks: {
    beforeChange: [checkCaseRecordEvent(access)],
    afterChange: [applyCaseRecord],
  },
  // The report finds the road-to-work records by type and day.
  indexes: [{ fields: ['referral', 'at'] }, { fields: ['type', 'date'] }],
  fields: withEncryptedFields(
    [
      {
        name: 'referral',
        label: 'Anmälan',
        type: 'relationship',
        relationTo: slugs.referrals,
        required: true,
        index: true,
      },
      {
        name: 'type',
        label: 'Typ',
        type: 'select',
        required: true,
        options: labelledOptions(eventTypeLabels),
      },
      {
        name: 'at',
        label: 'Tidpunkt',
        type: 'date',
        required: true,
        index: true,
        defaultValue: () => new Date().toISOString(),
      },
      { name: 'actor', label: 'Av', type: 'relationship', relationTo: usersSlug },
      {
        type: 'row',
        fields: [
          {
            name: 'fromStatus',
            label: 'Från',
            type: 'select',
            options: labelledOptions(statusLabels),
          },
          {
            name: 'toStatus',
            label: 'Till',
            type: 'select',
            options: labelledOptions(statusLabels),
            index: true,
          },
        ],
      },
      {
        type: 'row',
        admin: shownFor('moved'),
        fields: [
          {
            name: 'fromService',
            label: 'Från tjänst',
            type: 'relationship',
            relationTo: slugs.services,
          },
          {
            name: 'toService',
            label: 'Till tjänst',
            type: 'relationship',
            relationTo: slugs.services,
          },
        ],
      },
      { name: 'reason', label: 'Anledning', type: 'textarea' },
      { name: 'outcome', label: 'Utfall', type: 'select', options: labelledOptions(outcomeLabels) },
      { name: 'partner', label: 'Lotsad till', type: 'relationship', relationTo: slugs.partners },
      { name: 'target', label: 'Lotsad till (namn)', type: 'text' },
      {
        name: 'relatedReferral',
        label: 'Annan anmälan',
        type: 'relationship',
        relationTo: slugs.referrals,
      },
      {
        name: 'assignee',
        label: 'Handläggare',
        type: 'relationship',
        relationTo: usersSlug,
        admin: shownFor('assigned'),
      },
      { name: 'note', label: 'Anteckning', type: 'textarea' },
      {
        name: 'contact',
        label: 'Kontaktförsök',
        type: 'group',
        admin: shownFor('contactAttempt', 'residentUpdateSent', 'residentUpdateFailed'),
        fields: [
          {
            name: 'channel',
            label: 'Kanal',
            type: 'select',
            options: labelledOptions(contactChannelLabels),
          },
          {
            name: 'result',
            label: 'Resultat',
            type: 'select',
            options: labelledOptions(contactResultLabels),
          },
        ],
      },
      {
        name: 'consent',
        label: 'Samtycke',
        type: 'group',
        admin: shownFor('consent'),
        fields: [
          {
            name: 'action',
            label: 'Samtycke',
            type: 'select',
            options: labelledOptions(consentActionLabels),
          },
          {
            name: 'partners',
            label: 'Parter',
            type: 'relationship',
            relationTo: slugs.partners,
            hasMany: true,
          },
          {
            type: 'row',
            fields: [
              { name: 'formVersion', label: 'Blankettversion', type: 'text' },
              { name: 'date', label: 'Datum', type: 'date' },
            ],
          },
        ],
      },
      {
        name: 'reassessment',
        label: 'Omprövning',
        type: 'group',
        admin: shownFor('reassessment'),
        fields: [
          {
            name: 'result',
            label: 'Resultat',
            type: 'select',
            options: labelledOptions(reassessmentResultLabels),
          },
          { name: 'nextAt', label: 'Nästa omprövning', type: 'date' },
        ],
      },
      {
        name: 'date',
        label: 'Datum',
        type: 'text',
        admin: {
          ...shownFor('employerContact', 'actionPlan', 'workStart', 'workEnd'),
          description: 'Dagen det hände, ÅÅÅÅ-MM-DD.',
        },
      },
      {
        name: 'workStart',
        label: 'Start',
        type: 'group',
        admin: shownFor('workStart'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'kind',
                label: 'Slag',
                type: 'select',
                options: labelledOptions(startKindLabels),
              },
              {
                name: 'schoolKind',
                label: 'Skolform',
                type: 'select',
                options: labelledOptions(schoolKindLabels),
              },
              {
                name: 'sector',
                label: 'Arbetsgivarens bransch (SNI)',
                type: 'select',
                options: (Object.keys(sniSectionLabels) as (keyof typeof sniSectionLabels)[]).map(
                  (value) => ({ value, label: sniSectionText(value) }),
                ),
              },
            ],
          },
          {
            type: 'row',
            fields: [
              { name: 'hoursPerWeek', label: 'Timmar per vecka', type: 'number' },
              { name: 'monthlySalary', label: 'Månadslön, kr', type: 'number' },
              { name: 'monthlyWageSubsidy', label: 'Lönestöd per månad, kr', type: 'number' },
              {
                name: 'housingSupportHours',
                label: 'Boendestöd efter starten, timmar per vecka',
                type: 'number',
              },
            ],
          },
        ],
      },
      {
        name: 'workEnd',
        label: 'Upphörde',
        type: 'group',
        admin: shownFor('workEnd'),
        fields: [
          {
            name: 'start',
            label: 'Start',
            type: 'relationship',
            relationTo: slugs.referralEvents,
          },
          {
            name: 'reason',
            label: 'Orsak',
            type: 'select',
            options: labelledOptions(startEndReasonLabels),
          },
        ],
      },
      {
        name: 'profile',
        label: 'Profil vid inskrivning',
        type: 'group',
        admin: {
          ...shownFor('profile'),
          description:
            'Frivilliga uppgifter som personalen fyller i vid inskrivningen; frågas aldrig i anmälan. Rapporten visar bara antal.',
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'incomeSource',
                label: 'Huvudsaklig inkomstkälla före',
                type: 'select',
                options: labelledOptions(incomeSourceLabels),
              },
              { name: 'monthlyIncome', label: 'Belopp per månad, kr', type: 'number' },
              {
                name: 'housingSupportHours',
                label: 'Boendestöd, timmar per vecka',
                type: 'number',
              },
            ],
          },
          {
            type: 'row',
            fields: [
              {
                name: 'supportYears',
                label: 'År med offentlig försörjning',
                type: 'select',
                options: labelledOptions(supportYearBandLabels),
              },
              {
                name: 'education',
                label: 'Högsta utbildning (SUN)',
                type: 'select',
                options: labelledOptions(educationLevelLabels),
              },
            ],
          },
          {
            type: 'row',
            fields: [
              {
                name: 'birthYear',
                label: 'Födelseår',
                type: 'number',
                admin: {
                  description:
                    'Bara om anmälan saknar födelsedatum: ger åldern vid inskrivningen och sparas inte.',
                },
              },
              {
                name: 'ageAtEnrolment',
                label: 'Ålder vid inskrivning',
                type: 'number',
                admin: { readOnly: true },
              },
            ],
          },
        ],
      },
    ],
    referralEventPersonalFields,
    privacy.cipher,
  ),
})
