import type { CollectionConfig, CollectionSlug } from 'payload'

import { outcomes, statuses } from '../domain'
import { nobody, scopedAccess } from '../access/scopedAccess'
import { slugs } from '../defaults'
import { options } from './options'
import { checkEventReferralInScope } from '../hooks/checkEventReferralInScope'
import type { SupportServicesAccess } from '../types'

/** What staff may add by hand; submissions and status changes are written by the referral's hooks. */
export const manualEventTypes = ['note', 'contactAttempt', 'reassessment', 'consent'] as const

/** The append-only history of a referral: nobody updates or deletes an event (retention does, later). */
export const referralEventsCollection = (access: SupportServicesAccess, usersSlug: CollectionSlug): CollectionConfig => ({
  slug: slugs.referralEvents,
  labels: { singular: 'Händelse', plural: 'Händelser' },
  admin: { useAsTitle: 'type', defaultColumns: ['at', 'referral', 'type', 'toStatus', 'actor'], group: 'Intag' },
  graphQL: false,
  access: {
    create: ({ req }) => access.referralScope(req.user) !== 'none',
    read: scopedAccess(access, 'referral.service'),
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeChange: [checkEventReferralInScope(access)] },
  indexes: [{ fields: ['referral', 'at'] }],
  fields: [
    { name: 'referral', label: 'Anmälan', type: 'relationship', relationTo: slugs.referrals, required: true, index: true },
    {
      name: 'type',
      label: 'Typ',
      type: 'select',
      required: true,
      options: options(['submitted', 'statusChange', ...manualEventTypes]),
    },
    { name: 'at', label: 'Tidpunkt', type: 'date', required: true, index: true, defaultValue: () => new Date().toISOString() },
    { name: 'actor', label: 'Av', type: 'relationship', relationTo: usersSlug },
    {
      type: 'row',
      fields: [
        { name: 'fromStatus', label: 'Från', type: 'select', options: options(statuses) },
        { name: 'toStatus', label: 'Till', type: 'select', options: options(statuses), index: true },
      ],
    },
    { name: 'reason', label: 'Anledning', type: 'textarea' },
    { name: 'outcome', label: 'Utfall', type: 'select', options: options(outcomes) },
    { name: 'target', label: 'Lotsad till', type: 'text' },
    { name: 'note', label: 'Anteckning', type: 'textarea' },
    {
      name: 'contact',
      label: 'Kontaktförsök',
      type: 'group',
      admin: { condition: (_, sibling) => sibling?.type === 'contactAttempt' },
      fields: [
        { name: 'channel', label: 'Kanal', type: 'select', options: options(['phone', 'sms', 'email', 'letter', 'meeting']) },
        { name: 'result', label: 'Resultat', type: 'select', options: options(['reached', 'noAnswer', 'leftMessage', 'wrongNumber']) },
      ],
    },
  ],
})
