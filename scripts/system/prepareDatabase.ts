/**
 * Applies the committed migrations and the idempotent seed (unless SEED=false), then exits. Run by the orchestrator as a
 * child process with the system's environment, so every system it starts (the tests start several in
 * one process) gets a Payload of its own, configured for its own database.
 */
import { getPayload } from 'payload'

import { migrations } from '../../cms/src/migrations'
import config from '../../cms/src/payload.config'
import { seed } from '../../seed/src/index'

const payload = await getPayload({ config })
// The migrations come in through this process's own module loader, not through Payload's file scan.
await payload.db.migrate({ migrations: migrations as never }) // generated files type their args more narrowly
// A database that will be filled otherwise (a replica fed by logical replication) is only migrated.
const seeded =
  process.env.SEED === 'false'
    ? { services: 0, referrals: 0 }
    : await seed(payload, {
        referrals: process.env.SEED_REFERRALS === 'true',
        log: (line) => console.log(line),
      })
console.log(JSON.stringify({ seeded }))
// Payload keeps a database client checked out, so the process would never end on its own.
process.exit(0)
