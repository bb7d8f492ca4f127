import type { CollectionConfig } from 'payload'

import { nobody } from '../access/scopedAccess'
import { slugs } from '../defaults'

/** What a tally row counts; see the collection's description. */
export const tallyKinds = ['received', 'queued', 'closing', 'firstContact'] as const
export type TallyKind = (typeof tallyKinds)[number]

/**
 * Counts left behind by referrals that retention deleted, so that the follow-up report and the public
 * waiting time give the same figures for past periods after the deletion as before it. A row holds
 * one kind of fact, a service, Swedish calendar days and a count: no person, no reference, no id of the
 * deleted referral, and the rows of one referral are not linked to each other.
 *
 * - `received`: came in on `day`, by `source` and `heardFrom` (inflow), and by the campaign it
 *   carried (`campaign`: the code, the activity and the event; attribution).
 * - `queued`: in the queue from `enteredDay` until `day`, received on `receivedDay`, left for `status`
 *   (the queue at past dates, its waits, and who left it).
 * - `closing`: closed with `status` on `day`, by `gender` (outflow).
 * - `firstContact`: first contact on `day`, received on `receivedDay`.
 *
 * Written only by retention, read only by the report's SQL: no API reads or writes it.
 */
export const referralTalliesCollection = (): CollectionConfig => ({
  slug: slugs.referralTallies,
  labels: { singular: 'Räkning efter gallring', plural: 'Räkningar efter gallring' },
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  lockDocuments: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'kind', type: 'text', required: true, admin: { description: tallyKinds.join(', ') } },
    { name: 'service', type: 'relationship', relationTo: slugs.services },
    { name: 'day', type: 'text', required: true },
    { name: 'receivedDay', type: 'text' },
    { name: 'enteredDay', type: 'text' },
    { name: 'status', type: 'text' },
    { name: 'gender', type: 'text' },
    { name: 'source', type: 'text' },
    { name: 'heardFrom', type: 'text' },
    {
      name: 'campaign',
      type: 'group',
      fields: [
        { name: 'code', type: 'text' },
        { name: 'activity', type: 'relationship', relationTo: slugs.outreachActivities },
        { name: 'event', type: 'relationship', relationTo: slugs.events },
      ],
    },
    { name: 'n', type: 'number', required: true },
  ],
})
