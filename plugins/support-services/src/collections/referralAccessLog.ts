import type { Access, CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'
import type { SupportServicesAccess } from '../types'

import { nobody } from '../access/scopedAccess'
import { slugs } from '../defaults'
import {
  labelledOptions,
  readChannelLabels,
  readCollectionLabels,
  readOperationLabels,
  accessLogTexts as texts,
} from '../domain'

const canReadAuditLog =
  (access: SupportServicesAccess): Access =>
  ({ req }) =>
    access.canReadAuditLog(req.user)

/**
 * The read audit: one entry per read of a referral or of its history by a person. Append-only on every
 * path: nobody creates, updates or deletes through Payload (entries are written with SQL by the read
 * audit, see operations/readAudit.ts), and a database trigger refuses UPDATE, DELETE and TRUNCATE (see
 * the migration), so not even a bug can edit it. The user and the referral are plain numbers with a
 * snapshot of the e-mail and the reference, not relations: removing a user or deleting a referral
 * (retention) leaves the log as it was. Reviewed at /admin/audit; exported as CSV.
 */
export const referralAccessLogCollection = ({
  access,
}: Pick<SanitizedOptions, 'access'>): CollectionConfig => ({
  slug: slugs.referralAccessLog,
  labels: { singular: texts.collectionSingular, plural: texts.collectionPlural },
  admin: {
    useAsTitle: 'referralReference',
    defaultColumns: [
      'at',
      'userEmail',
      'referralReference',
      'readCollection',
      'operation',
      'through',
    ],
    group: 'Administration',
    // The review page (/admin/audit) is the way in: filters, CSV export, Swedish words.
    hidden: true,
  },
  graphQL: false,
  lockDocuments: false,
  disableDuplicate: true,
  access: {
    read: canReadAuditLog(access),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  indexes: [{ fields: ['referralReference', 'at'] }],
  fields: [
    // Makes a retried or re-ingested write idempotent (ON CONFLICT DO NOTHING).
    { name: 'recordId', type: 'text', required: true, unique: true, admin: { hidden: true } },
    {
      name: 'at',
      label: texts.at,
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'userId', label: 'Användarens id', type: 'number', required: true },
    { name: 'userEmail', label: 'Användarens e-post', type: 'text' },
    { name: 'referralId', label: 'Anmälans id', type: 'number', index: true },
    { name: 'referralReference', label: 'Referensnummer', type: 'text' },
    {
      name: 'readCollection',
      label: texts.readColumn,
      type: 'select',
      required: true,
      options: labelledOptions(readCollectionLabels),
    },
    {
      name: 'operation',
      label: texts.operationColumn,
      type: 'select',
      required: true,
      options: labelledOptions(readOperationLabels),
    },
    {
      name: 'through',
      label: texts.channelColumn,
      type: 'select',
      required: true,
      options: labelledOptions(readChannelLabels),
    },
  ],
})
