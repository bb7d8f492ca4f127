import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "referral_events_status_at_idx" ON "referral_events" USING btree ("at","referral_id","type","from_status","to_status","outcome") WHERE "referral_events"."to_status" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "referral_events_status_at_idx";`)
}
