import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { supportServices } from '@stodportalen/support-services'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { supportServicesAccess } from './access/supportServicesAccess'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Users } from './collections/Users'
import { intakeQueueIndexes } from './database/intakeQueueIndexes'
import { referralQueueIndex } from './database/referralQueueIndex'
import { reportIndexes } from './database/reportIndexes'
import { emailAdapter } from './email'
import { requestSiteRebuild } from './hooks/requestSiteRebuild'
import { logger } from './logging/logger'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const required = (name: string) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set. Start the system with \`npm start\`, or see README "Configuration".`)
  return value
}

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Stödportalen' },
    // Payload's default is Gravatar: it would send a hash of every staff e-mail to a third party.
    avatar: 'default',
  },
  i18n: { supportedLanguages: { sv, en }, fallbackLanguage: 'sv' },
  localization: {
    locales: [
      { code: 'sv', label: 'Svenska' },
      { code: 'lattlast', label: 'Lättläst svenska' },
      { code: 'en', label: 'English' },
      { code: 'ar', label: 'العربية', rtl: true },
    ],
    defaultLocale: 'sv',
    fallback: true,
  },
  collections: [Users, Media, Pages],
  editor: lexicalEditor(),
  secret: required('PAYLOAD_SECRET'),
  serverURL: process.env.CMS_URL ?? '',
  db: postgresAdapter({
    pool: { connectionString: required('DATABASE_URL'), max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
    // The schema changes only through committed migrations, never by push.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    afterSchemaInit: [referralQueueIndex, intakeQueueIndexes, reportIndexes],
  }),
  sharp,
  email: emailAdapter(),
  plugins: [
    supportServices({
      access: supportServicesAccess,
      submitKey: process.env.SUBMIT_API_KEY,
      outboxPrivateKey: process.env.OUTBOX_PRIVATE_KEY,
      onPublicContentChange: requestSiteRebuild,
      // The intake e-mail links here; CMS_URL may be an address only the site's server reaches.
      notifications: { publicUrl: process.env.CMS_PUBLIC_URL || process.env.CMS_URL || 'http://localhost:3000' },
    }),
  ],
  // Errors are logged without the values of a failed query (a resident's answers): see logging/redact.ts.
  logger,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
})
