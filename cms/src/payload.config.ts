import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { sv } from '@payloadcms/translations/languages/sv'
import {
  rateLimitFromText,
  residentUpdateQueue,
  retentionQueue,
  supportServices,
  supportServicesIndexes,
} from '@stodportalen/support-services'
import {
  defaultLocale,
  type Locale,
  localeInfo,
  locales,
} from '@stodportalen/support-services/domain'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type TypedUser } from 'payload'
import sharp from 'sharp'

import { hasRole } from './access/roles'
import { supportServicesAccess } from './access/supportServicesAccess'
import { Documents } from './collections/Documents'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Users } from './collections/Users'
import { contentEditor } from './content/editor'
import { emailAdapter } from './email'
import { requestSiteRebuild } from './hooks/requestSiteRebuild'
import { logger } from './logging/logger'
import { migrations } from './migrations'
import { queryGuard } from './queryGuard'
import { smsAdapter } from './sms'
import { maxUploadBytes } from './uploads/limits'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const required = (name: string) => {
  const value = process.env[name]
  if (!value)
    throw new Error(
      `${name} is not set. Start the system with \`npm start\`, or see README "Configuration".`,
    )
  return value
}

/**
 * A language as the editors' language menu names it: in itself ("Suomi"), a variant in Swedish
 * ("Lättläst svenska"), and "(granskas)" while its texts await a native speaker's review.
 */
const cmsLocaleLabel = (code: Locale) => {
  const info = localeInfo[code]
  const name = info.variantOf ? info.swedishName : info.name
  return info.awaitingReview ? `${name} (granskas)` : name
}

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Stödportalen' },
    // Payload's default is Gravatar: it would send a hash of every staff e-mail to a third party.
    avatar: 'default',
  },
  // Swedish only: the plugin's staff texts, the workflow and SUS's terms are Swedish, and a browser in
  // English must not get Payload's own words in English around them.
  i18n: { supportedLanguages: { sv }, fallbackLanguage: 'sv' },
  localization: {
    locales: locales.map((code) => ({
      code,
      label: cmsLocaleLabel(code),
      rtl: localeInfo[code].dir === 'rtl',
    })),
    defaultLocale,
    fallback: true,
  },
  collections: [Users, Media, Documents, Pages],
  // The multipart parser keeps at most one byte over UPLOAD_MAX_MB (default 10) of a file; the
  // collections' hook (uploads/limits.ts) then refuses it with 413 and a Swedish message. (Letting
  // the parser abort instead answers 500 "An unknown error occurred": Payload re-wraps its 413.)
  upload: { limits: { fileSize: maxUploadBytes() + 1 }, abortOnLimit: false },
  jobs: {
    // The plugin's retention task queues itself daily on its queue; this runs that queue every hour,
    // in the CMS process (from its first request on). JOBS_AUTORUN=false leaves it to another runner
    // (`payload jobs:run --queue retention --handle-schedules --cron "0 * * * *"`), or to tests, which
    // run retention with their own clock.
    // The updates to residents (queued by status changes) go out within 10 seconds of the change.
    autoRun:
      process.env.JOBS_AUTORUN === 'false'
        ? undefined
        : [
            { cron: '0 * * * *', queue: retentionQueue, limit: 1 },
            { cron: '*/10 * * * * *', queue: residentUpdateQueue, limit: 50 },
          ],
    // Keep finished jobs: each retention run stays on record with its counts (never contents).
    deleteJobOnComplete: false,
    // Only admins may queue, run or cancel jobs over the API (Payload's default is any logged-in user).
    access: {
      queue: ({ req }) => hasRole(req.user, 'admin'),
      run: ({ req }) => hasRole(req.user, 'admin'),
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
    // Admins see the runs in the admin (when, whether it went well, the counts in each run's log);
    // nobody edits them.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      labels: { singular: 'Schemalagd körning', plural: 'Schemalagda körningar' },
      admin: {
        ...defaultJobsCollection.admin,
        group: 'Administration',
        hidden: ({ user }) => !hasRole(user as TypedUser | null, 'admin'),
        defaultColumns: ['taskSlug', 'createdAt', 'completedAt', 'hasError'],
      },
      access: { ...defaultJobsCollection.access, read: ({ req }) => hasRole(req.user, 'admin') },
    }),
  },
  editor: lexicalEditor(),
  secret: required('PAYLOAD_SECRET'),
  serverURL: process.env.CMS_URL ?? '',
  db: postgresAdapter({
    pool: {
      connectionString: required('DATABASE_URL'),
      max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    },
    // Reads outside a transaction (public content, the admin's lists) and the report may go to a
    // replica; writes, transactions, the plugin's other SQL and reads within 2 s of a write do not.
    readReplicas: process.env.DATABASE_REPLICA_URLS?.split(',').filter(Boolean),
    // The schema changes only through committed migrations, never by push.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    // The partial and expression indexes the plugin's SQL relies on, defined beside that SQL.
    afterSchemaInit: supportServicesIndexes,
  }),
  sharp,
  email: emailAdapter(),
  plugins: [
    supportServices({
      access: supportServicesAccess,
      // Both required: without them the plugin refuses to start (npm start makes development keys).
      privacy: {
        dataEncryptionKeys: process.env.DATA_ENCRYPTION_KEYS,
        lookupHashKey: process.env.LOOKUP_HASH_KEY,
      },
      submitKey: process.env.SUBMIT_API_KEY,
      outboxPrivateKey: process.env.OUTBOX_PRIVATE_KEY,
      onPublicContentChange: requestSiteRebuild,
      // Printed information sheets link here (their QR codes too).
      siteUrl: process.env.SITE_URL || 'http://localhost:4321',
      // "Förhandsgranska" opens drafts on the site with links signed by this key (the site holds it too).
      preview: { secret: process.env.PREVIEW_TOKEN_KEY },
      // Services and events take their hero image from the media and their text in the pages' editor.
      content: { imageCollection: 'media', editor: contentEditor },
      // The intake e-mail links here; CMS_URL may be an address only the site's server reaches.
      // SMS updates to residents: a provider, the development inbox (SMS_DIR) or none (cms/src/sms.ts).
      sms: smsAdapter(),
      notifications: {
        publicUrl: process.env.CMS_PUBLIC_URL || process.env.CMS_URL || 'http://localhost:3000',
      },
      // Read-audit entries the database could not take wait here (one folder per machine, kept across restarts).
      readAudit: { spoolDir: process.env.AUDIT_SPOOL_DIR || 'audit-spool' },
      // e.g. `5/10m`, `30/1m` or `off`; unset keeps the plugin's defaults (README "Configuration").
      submitLimits: {
        perClient: rateLimitFromText(
          process.env.SUBMIT_LIMIT_PER_CLIENT,
          'SUBMIT_LIMIT_PER_CLIENT',
        ),
        global: rateLimitFromText(process.env.SUBMIT_LIMIT_GLOBAL, 'SUBMIT_LIMIT_GLOBAL'),
      },
      // The resident's status page and lost-link form, the same way.
      statusLimits: {
        perClient: rateLimitFromText(
          process.env.STATUS_LIMIT_PER_CLIENT,
          'STATUS_LIMIT_PER_CLIENT',
        ),
        global: rateLimitFromText(process.env.STATUS_LIMIT_GLOBAL, 'STATUS_LIMIT_GLOBAL'),
      },
    }),
    // Last: malformed ids and query parameters answer 400 on every collection, the plugin's included.
    queryGuard(),
  ],
  // Errors are logged without the values of a failed query (a resident's answers): see logging/redact.ts.
  logger,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
})
