import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { nobody } from '../access/scopedAccess'
import { slugs } from '../defaults'

const count = (name: string, label: string) => ({ name, label, type: 'number' as const })

/**
 * One record per confirmed caseload import: who, when, which file (name and SHA-256), and the counts.
 * Its referrals point to it (`importBatch`). Written only by the import operation; nobody edits it.
 * Removing the batch keeps the record, with who removed it and when, so the install's history says
 * what came in and what went out again.
 * `custom` carries what the import writes with (see operations/caseloadImport/settings.ts).
 */
export const caseloadImportsCollection = ({
  access,
  importRemovableDays,
  privacy,
  usersSlug,
}: Pick<
  SanitizedOptions,
  'access' | 'importRemovableDays' | 'privacy' | 'usersSlug'
>): CollectionConfig => ({
  slug: slugs.caseloadImports,
  custom: { caseloadImport: { privacy, removableDays: importRemovableDays } },
  labels: { singular: 'Import av ärenden', plural: 'Importer av ärenden' },
  admin: {
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'createdAt', 'importedBy', 'imported', 'removedAt', 'removedBy'],
    group: 'Intag',
  },
  graphQL: false,
  access: {
    read: ({ req }) => access.canImportCaseload(req.user),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'fileName', label: 'Fil', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'sha256', label: 'SHA-256', type: 'text', index: true, admin: { readOnly: true } },
    {
      name: 'importedBy',
      label: 'Importerad av',
      type: 'relationship',
      relationTo: usersSlug,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      admin: { readOnly: true },
      fields: [
        count('imported', 'Importerade'),
        count('alreadyImported', 'Redan importerade'),
        count('errors', 'Rader med fel'),
      ],
    },
    {
      type: 'row',
      admin: { readOnly: true },
      fields: [
        { name: 'removedAt', label: 'Borttagen', type: 'date' },
        { name: 'removedBy', label: 'Borttagen av', type: 'relationship', relationTo: usersSlug },
      ],
    },
  ],
})
