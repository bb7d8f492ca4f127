import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The report's starts of a period and the socio-economic estimate look up each start's referral by its
 * key, thousands a period, for its service, gender and reference. This partial index of the referrals
 * the report counts (not merged) carries those columns, so each lookup reads the index alone instead
 * of the referral's whole row.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  CREATE INDEX "referrals_report_key_idx" ON "referrals" ("id")
    INCLUDE ("service_id", "applicant_gender", "reference") WHERE "status" <> 'merged';`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`DROP INDEX "referrals_report_key_idx";`))
}
