import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'

import { testPayload } from '../support/cms'

const migrationDir = path.resolve(import.meta.dirname, '../../cms/src/migrations')

test('the committed migrations describe the whole schema (a schema change needs `npm run migrate:create`)', async () => {
  const payload = await testPayload()
  const db = payload.db as unknown as {
    schema: unknown
    requireDrizzleKit: () => {
      generateDrizzleJson: (schema: unknown) => Promise<{ version: string }> | { version: string }
      generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      upSnapshot?: (snapshot: unknown) => unknown
    }
  }
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const latest = readdirSync(migrationDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1)
  expect(latest, 'no migration snapshot is committed').toBeDefined()
  let before = JSON.parse(readFileSync(path.join(migrationDir, latest!), 'utf8'))
  const after = await generateDrizzleJson(db.schema)
  if (upSnapshot && before.version < after.version) before = upSnapshot(before)

  const missing = await generateMigration(before, after)
  expect(missing, `schema changes without a migration:\n${missing.join('\n')}`).toEqual([])
})
