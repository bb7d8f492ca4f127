import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "referrals_queue_idx" ON "referrals" USING btree ("service_id","received_at","created_at" DESC NULLS FIRST) WHERE "referrals"."status" in ('received', 'screened', 'waiting', 'firstContact');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "referrals_queue_idx";`)
}
