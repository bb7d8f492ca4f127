import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Partial indexes for the follow-up report's reads of the history: the latest profile and coach
 * assignment of a referral, its road-to-work records by kind and day, and the ends of its starts (see
 * the plugin's operations/reports/indexes.ts).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "referral_events_profile_idx" ON "referral_events" USING btree ("referral_id","at" DESC NULLS LAST,"id" DESC NULLS LAST,"profile_income_source","profile_support_years","profile_education","profile_age_at_enrolment","profile_monthly_income","profile_housing_support_hours") WHERE "referral_events"."type" = 'profile';
  CREATE INDEX "referral_events_assigned_idx" ON "referral_events" USING btree ("referral_id","at" DESC NULLS LAST,"id" DESC NULLS LAST,"assignee_id") WHERE "referral_events"."type" = 'assigned';
  CREATE INDEX "referral_events_road_to_work_idx" ON "referral_events" USING btree ("type","referral_id","date") WHERE "referral_events"."type" in ('workStart', 'employerContact', 'actionPlan');
  CREATE INDEX "referral_events_work_end_idx" ON "referral_events" USING btree ("work_end_start_id","date") WHERE "referral_events"."type" = 'workEnd';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "referral_events_profile_idx";
  DROP INDEX "referral_events_assigned_idx";
  DROP INDEX "referral_events_road_to_work_idx";
  DROP INDEX "referral_events_work_end_idx";`)
}
