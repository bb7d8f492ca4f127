import { inject } from 'vitest'

// The Payload config reads these when it is imported: the same database and secrets as the CMS server.
const system = inject('system')
process.env.DATABASE_URL = system.databaseUrl
Object.assign(process.env, system.secrets)
process.env.DATABASE_POOL_MAX = '4'
process.env.AUDIT_SPOOL_DIR = system.auditSpoolDir
// This project's development inboxes (not those of the system started last), so that what the Local
// API sends in a test lands where the test reads.
process.env.MAIL_DIR = system.mailDir
process.env.SMS_DIR = system.smsDir
