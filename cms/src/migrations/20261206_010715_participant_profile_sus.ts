import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_referral_events_profile_income_source" AS ENUM('salary', 'sicknessCompensation', 'socialAssistance', 'unemploymentSupport', 'studentAid', 'none', 'otherIncome');
  CREATE TYPE "public"."enum_referral_events_profile_support_years" AS ENUM('noSupport', 'under1', '1to3', 'over3');
  CREATE TYPE "public"."enum_referral_events_profile_education" AS ENUM('primaryShort', 'primary', 'upperSecondaryShort', 'upperSecondary', 'postSecondaryShort', 'postSecondary', 'doctoral', 'unknownEducation');
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'profile' BEFORE 'applicantUpdate';
  CREATE TABLE "services_expected_participants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"count" numeric NOT NULL
  );
  
  ALTER TABLE "referral_events" ADD COLUMN "profile_income_source" "enum_referral_events_profile_income_source";
  ALTER TABLE "referral_events" ADD COLUMN "profile_monthly_income" numeric;
  ALTER TABLE "referral_events" ADD COLUMN "profile_support_years" "enum_referral_events_profile_support_years";
  ALTER TABLE "referral_events" ADD COLUMN "profile_education" "enum_referral_events_profile_education";
  ALTER TABLE "referral_events" ADD COLUMN "profile_birth_year" numeric;
  ALTER TABLE "referral_events" ADD COLUMN "profile_age_at_enrolment" numeric;
  ALTER TABLE "services_expected_participants" ADD CONSTRAINT "services_expected_participants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_expected_participants_order_idx" ON "services_expected_participants" USING btree ("_order");
  CREATE INDEX "services_expected_participants_parent_id_idx" ON "services_expected_participants" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "services_expected_participants" CASCADE;
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_events_type";
  CREATE TYPE "public"."enum_referral_events_type" AS ENUM('submitted', 'statusChange', 'moved', 'assigned', 'duplicateDismissed', 'note', 'contactAttempt', 'reassessment', 'consent', 'employerContact', 'actionPlan', 'workStart', 'workEnd', 'applicantUpdate', 'contactRequested');
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_referral_events_type" USING "type"::"public"."enum_referral_events_type";
  ALTER TABLE "referral_events" DROP COLUMN "profile_income_source";
  ALTER TABLE "referral_events" DROP COLUMN "profile_monthly_income";
  ALTER TABLE "referral_events" DROP COLUMN "profile_support_years";
  ALTER TABLE "referral_events" DROP COLUMN "profile_education";
  ALTER TABLE "referral_events" DROP COLUMN "profile_birth_year";
  ALTER TABLE "referral_events" DROP COLUMN "profile_age_at_enrolment";
  DROP TYPE "public"."enum_referral_events_profile_income_source";
  DROP TYPE "public"."enum_referral_events_profile_support_years";
  DROP TYPE "public"."enum_referral_events_profile_education";`)
}
