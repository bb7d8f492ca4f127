import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Indexes for the follow-up report's reads: the referrals it counts by the day they came in (with their
 * source and campaign), were first contacted and were enrolled (see the plugin's operations/reports/indexes.ts), and the stays it reads
 * whole from their indexes: the participant closings with their referral (to pair each with the
 * participant stay it ends), the participant stays with the phase that followed (closings before the
 * period), and the participants of each service in referral order (counted distinct without a hash).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "referrals_received_report_idx" ON "referrals" USING btree ("received_at","service_id","source","heard_from","campaign_code","campaign_activity_id","campaign_event_id","enrolled_at","closed_at","status","outcome") WHERE "referrals"."status" <> 'merged';
  CREATE INDEX "referrals_first_contact_report_idx" ON "referrals" USING btree ("first_contact_at","service_id","received_at") WHERE "referrals"."status" <> 'merged';
  CREATE INDEX "referrals_enrolled_report_idx" ON "referrals" USING btree ("enrolled_at","service_id","received_at","id") WHERE "referrals"."status" <> 'merged';
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
  DROP INDEX "referral_stays_participants_by_service_idx";
  DROP INDEX "referral_stays_participant_idx";
  CREATE INDEX "referral_stays_participant_idx" ON "referral_stays" ("ended_at")
    INCLUDE ("started_at", "service_id", "gender", "assignee_id", "referral_id") WHERE "phase" = 'participant';
  DROP INDEX "referral_stays_closings_idx";
  CREATE INDEX "referral_stays_closings_idx" ON "referral_stays" ("started_at")
    INCLUDE ("service_id", "status", "outcome", "gender") WHERE "phase" = 'closed';`)
}
