import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_referrals_applicant_status_updates" AS ENUM('email', 'sms');
  ALTER TYPE "public"."enum_referral_forms_steps_questions_field" ADD VALUE 'statusUpdates';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'residentUpdateSent';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'residentUpdateFailed';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'residentUpdate';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'residentUpdate';
  CREATE TABLE "referrals_applicant_status_updates" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_referrals_applicant_status_updates",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "referrals" ADD COLUMN "status_token" varchar;
  ALTER TABLE "referrals_applicant_status_updates" ADD CONSTRAINT "referrals_applicant_status_updates_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "referrals_applicant_status_updates_order_idx" ON "referrals_applicant_status_updates" USING btree ("order");
  CREATE INDEX "referrals_applicant_status_updates_parent_idx" ON "referrals_applicant_status_updates" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "referrals_applicant_status_updates" CASCADE;
  ALTER TABLE "referral_forms_steps_questions" ALTER COLUMN "field" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_forms_steps_questions_field";
  CREATE TYPE "public"."enum_referral_forms_steps_questions_field" AS ENUM('referrerKind', 'referrerName', 'referrerOrganisation', 'referrerPhone', 'referrerEmail', 'name', 'phone', 'email', 'contactChannels', 'bestTimeToContact', 'dateOfBirth', 'age', 'gender', 'municipality', 'goals', 'careContacts', 'consentToCollaboration', 'preferredLanguage', 'interpreterNeeded', 'message', 'heardFrom', 'emailConfirmation');
  ALTER TABLE "referral_forms_steps_questions" ALTER COLUMN "field" SET DATA TYPE "public"."enum_referral_forms_steps_questions_field" USING "field"::"public"."enum_referral_forms_steps_questions_field";
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_events_type";
  CREATE TYPE "public"."enum_referral_events_type" AS ENUM('submitted', 'statusChange', 'moved', 'assigned', 'duplicateDismissed', 'note', 'contactAttempt', 'reassessment', 'consent', 'employerContact', 'actionPlan', 'workStart', 'workEnd', 'applicantUpdate', 'contactRequested');
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_referral_events_type" USING "type"::"public"."enum_referral_events_type";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "referrals" DROP COLUMN "status_token";
  DROP TYPE "public"."enum_referrals_applicant_status_updates";`)
}
