import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "referrals_open_order_idx" ON "referrals" USING btree ("service_id",(CASE WHEN "status" IN ('received', 'screened', 'waiting', 'firstContact') THEN 0 WHEN "status" = 'onHold' THEN 1 ELSE 2 END),"priority" DESC NULLS LAST,"received_at","created_at" DESC NULLS LAST,"id" DESC NULLS LAST,"status","first_contact_at","next_reassessment_at","assignee_id") WHERE "referrals"."status" in ('received', 'screened', 'waiting', 'firstContact', 'onHold', 'enrolled', 'active');
  CREATE INDEX "referral_events_status_at_idx" ON "referral_events" USING btree ("at","referral_id","type","from_status","to_status","outcome") WHERE "referral_events"."to_status" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "referrals_open_order_idx";
  DROP INDEX "referral_events_status_at_idx";`)
}
