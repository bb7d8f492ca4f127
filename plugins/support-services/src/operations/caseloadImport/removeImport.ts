import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { drizzleRunner, inTransaction, tableName, tables } from '../sql'
import { ImportRefused } from './importCaseload'
import { importSettingsOf } from './settings'

const dayMs = 86_400_000

/** An earlier import as the admin page and the CLI list it. */
export interface ImportBatch {
  id: number
  fileName: string
  createdAt: string
  importedBy: string | null
  imported: number
  /** Until when the whole batch can be removed; null once that has passed or it was removed. */
  removableUntil: string | null
  /** When the batch was removed and by whom (their e-mail); null while it is in place. */
  removedAt: string | null
  removedBy: string | null
}

/** The latest imports, newest first, with until when each can still be removed. */
export async function listCaseloadImports(
  payload: Payload,
  { limit = 20, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<ImportBatch[]> {
  const { removableDays } = importSettingsOf(payload)
  const users = sql.identifier(tableName(payload, payload.config.admin.user))
  const { rows } = await drizzleRunner(payload)(sql`
    SELECT i.id, i.file_name, i.created_at, i.imported, u.email, i.removed_at, r.email AS removed_by
    FROM ${tables.caseloadImports} i
      LEFT JOIN ${users} u ON u.id = i.imported_by_id
      LEFT JOIN ${users} r ON r.id = i.removed_by_id
    ORDER BY i.created_at DESC, i.id DESC LIMIT ${limit}`)
  return rows.map((r) => {
    const createdAt = new Date(r.created_at as string)
    const until = new Date(createdAt.getTime() + removableDays * dayMs)
    const removedAt = r.removed_at ? new Date(r.removed_at as string).toISOString() : null
    return {
      id: Number(r.id),
      fileName: String(r.file_name),
      createdAt: createdAt.toISOString(),
      importedBy: (r.email as string | null) ?? null,
      imported: Number(r.imported ?? 0),
      removableUntil: until > now && !removedAt ? until.toISOString() : null,
      removedAt,
      removedBy: removedAt ? ((r.removed_by as string | null) ?? null) : null,
    }
  })
}

/**
 * Removes a whole import (a wrong file) within the plugin's `caseloadImport.removableDays`: exactly
 * that batch's referrals, with every event and record of their history (also what staff added since),
 * in one transaction; the import record stays, marked with who removed it and when. Deleting the events lets the statement-level trigger
 * drop the batch's `referral_stays`; the referrals' links (possible duplicates) go by their foreign
 * keys. Tallies are not touched: they count referrals retention deleted, and these never counted.
 * Afterwards the same file can be imported again. Refused, with a Swedish message, after the limit.
 */
export async function removeCaseloadImport(
  payload: Payload,
  {
    id,
    user,
    now = new Date(),
  }: { id: number | string; user: { id: number | string }; now?: Date },
): Promise<{ removed: number; fileName: string }> {
  const { removableDays } = importSettingsOf(payload)
  return inTransaction(payload, async (run) => {
    const { rows } = await run(sql`
      SELECT file_name, created_at, removed_at FROM ${tables.caseloadImports}
      WHERE id = ${id} FOR UPDATE`)
    if (rows.length === 0) throw new ImportRefused('Importen finns inte.')
    if (rows[0].removed_at) throw new ImportRefused('Importen är redan borttagen.')
    const createdAt = new Date(rows[0].created_at as string)
    if (now.getTime() - createdAt.getTime() > removableDays * dayMs)
      throw new ImportRefused(
        `Importen gjordes för mer än ${removableDays} dagar sedan och kan inte längre tas bort i sin helhet. Rätta eller avsluta ärendena ett och ett.`,
      )
    const batch = sql`SELECT id FROM ${tables.referrals} WHERE import_batch_id = ${id}`
    await run(sql`DELETE FROM ${tables.referralEvents} WHERE referral_id IN (${batch})`)
    const removed = await run(
      sql`DELETE FROM ${tables.referrals} WHERE import_batch_id = ${id} RETURNING id`,
    )
    await run(sql`
      UPDATE ${tables.caseloadImports}
      SET removed_at = ${now.toISOString()}, removed_by_id = ${user.id}, updated_at = now()
      WHERE id = ${id}`)
    return { removed: removed.rows.length, fileName: String(rows[0].file_name) }
  })
}
