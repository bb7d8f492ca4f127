import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_referral_events_work_start_kind" AS ENUM('competitiveJob', 'subsidisedJob', 'ownBusiness', 'studies');
  CREATE TYPE "public"."enum_referral_events_work_start_school_kind" AS ENUM('upperSecondary', 'adultEducation', 'folkHighSchool', 'vocationalHigher', 'university', 'otherSchool');
  CREATE TYPE "public"."enum_referral_events_work_start_sector" AS ENUM('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U');
  CREATE TYPE "public"."enum_referral_events_work_end_reason" AS ENUM('fixedTermEnded', 'resigned', 'dismissed', 'changed', 'studiesCompleted', 'studiesInterrupted', 'health', 'otherReason');
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'employerContact';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'actionPlan';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'workStart';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'workEnd';
  ALTER TABLE "referral_events" ADD COLUMN "date" varchar;
  ALTER TABLE "referral_events" ADD COLUMN "work_start_kind" "enum_referral_events_work_start_kind";
  ALTER TABLE "referral_events" ADD COLUMN "work_start_school_kind" "enum_referral_events_work_start_school_kind";
  ALTER TABLE "referral_events" ADD COLUMN "work_start_sector" "enum_referral_events_work_start_sector";
  ALTER TABLE "referral_events" ADD COLUMN "work_start_hours_per_week" numeric;
  ALTER TABLE "referral_events" ADD COLUMN "work_start_monthly_salary" numeric;
  ALTER TABLE "referral_events" ADD COLUMN "work_end_start_id" integer;
  ALTER TABLE "referral_events" ADD COLUMN "work_end_reason" "enum_referral_events_work_end_reason";
  ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_work_end_start_id_referral_events_id_fk" FOREIGN KEY ("work_end_start_id") REFERENCES "public"."referral_events"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "referral_events_work_end_work_end_start_idx" ON "referral_events" USING btree ("work_end_start_id");
  CREATE INDEX "type_date_idx" ON "referral_events" USING btree ("type","date");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "referral_events" DROP CONSTRAINT "referral_events_work_end_start_id_referral_events_id_fk";
  
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_events_type";
  CREATE TYPE "public"."enum_referral_events_type" AS ENUM('submitted', 'statusChange', 'moved', 'assigned', 'duplicateDismissed', 'note', 'contactAttempt', 'reassessment', 'consent');
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_referral_events_type" USING "type"::"public"."enum_referral_events_type";
  DROP INDEX "referral_events_work_end_work_end_start_idx";
  DROP INDEX "type_date_idx";
  ALTER TABLE "referral_events" DROP COLUMN "date";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_kind";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_school_kind";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_sector";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_hours_per_week";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_monthly_salary";
  ALTER TABLE "referral_events" DROP COLUMN "work_end_start_id";
  ALTER TABLE "referral_events" DROP COLUMN "work_end_reason";
  DROP TYPE "public"."enum_referral_events_work_start_kind";
  DROP TYPE "public"."enum_referral_events_work_start_school_kind";
  DROP TYPE "public"."enum_referral_events_work_start_sector";
  DROP TYPE "public"."enum_referral_events_work_end_reason";`)
}
