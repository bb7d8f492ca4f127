import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * What the follow-up report reads, so that it reads ranges of indexes alone:
 *
 * - The Swedish days of each referral's milestones, worked out by the database when the referral is
 *   written rather than for every referral in every report (the time-zone arithmetic was half of the
 *   durations' time): whole Swedish days from the day it came in to its first contact and to its
 *   enrolment, and the day of its enrolment. Generated columns, which Payload does not know: it never
 *   writes them. The zone is the report's (`timeZone` in the plugin's followUpReport.ts).
 * - The referrals the report counts (not merged) by the instant they came in (see the plugin's
 *   operations/reports/indexes.ts), were first contacted and were enrolled, with what each read needs.
 * - The stays: the participant closings with their referral (to pair each with the participant stay
 *   it ends), the participant stays with the phase that followed (closings before the period), and the
 *   participants of each service in referral order (counted distinct without a hash).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "referrals_received_report_idx" ON "referrals" USING btree ("received_at","service_id","source","heard_from","campaign_code","campaign_activity_id","campaign_event_id","enrolled_at","closed_at","status","outcome") WHERE "referrals"."status" <> 'merged';
  ALTER TABLE "referrals"
    ADD COLUMN "report_first_contact_days" integer GENERATED ALWAYS AS (
      ("first_contact_at" AT TIME ZONE 'Europe/Stockholm')::date - ("received_at" AT TIME ZONE 'Europe/Stockholm')::date) STORED,
    ADD COLUMN "report_enrolment_days" integer GENERATED ALWAYS AS (
      ("enrolled_at" AT TIME ZONE 'Europe/Stockholm')::date - ("received_at" AT TIME ZONE 'Europe/Stockholm')::date) STORED,
    ADD COLUMN "report_enrolled_day" date GENERATED ALWAYS AS (("enrolled_at" AT TIME ZONE 'Europe/Stockholm')::date) STORED;
  CREATE INDEX "referrals_first_contact_report_idx" ON "referrals" ("first_contact_at")
    INCLUDE ("service_id", "report_first_contact_days") WHERE "status" <> 'merged';
  CREATE INDEX "referrals_enrolled_report_idx" ON "referrals" ("enrolled_at")
    INCLUDE ("service_id", "id", "report_enrolment_days", "report_enrolled_day") WHERE "status" <> 'merged';
  DROP INDEX "referral_stays_closings_idx";
  CREATE INDEX "referral_stays_closings_idx" ON "referral_stays" ("started_at")
    INCLUDE ("service_id", "status", "outcome", "gender", "referral_id") WHERE "phase" = 'closed';
  DROP INDEX "referral_stays_participant_idx";
  CREATE INDEX "referral_stays_participant_idx" ON "referral_stays" ("ended_at")
    INCLUDE ("started_at", "service_id", "gender", "assignee_id", "referral_id", "next_phase") WHERE "phase" = 'participant';
  CREATE INDEX "referral_stays_participants_by_service_idx" ON "referral_stays" ("service_id", "referral_id")
    INCLUDE ("started_at") WHERE "phase" = 'participant';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "referrals_received_report_idx";
  DROP INDEX "referrals_first_contact_report_idx";
  DROP INDEX "referrals_enrolled_report_idx";
  ALTER TABLE "referrals" DROP COLUMN "report_first_contact_days", DROP COLUMN "report_enrolment_days",
    DROP COLUMN "report_enrolled_day";
  DROP INDEX "referral_stays_participants_by_service_idx";
  DROP INDEX "referral_stays_participant_idx";
  CREATE INDEX "referral_stays_participant_idx" ON "referral_stays" ("ended_at")
    INCLUDE ("started_at", "service_id", "gender", "assignee_id", "referral_id") WHERE "phase" = 'participant';
  DROP INDEX "referral_stays_closings_idx";
  CREATE INDEX "referral_stays_closings_idx" ON "referral_stays" ("started_at")
    INCLUDE ("service_id", "status", "outcome", "gender") WHERE "phase" = 'closed';`)
}
