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
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'applicantUpdate';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'contactRequested';
  ALTER TYPE "public"."enum_referral_access_log_through" ADD VALUE 'statusPage';
  CREATE TABLE "caseload_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_name" varchar NOT NULL,
  	"sha256" varchar,
  	"imported_by_id" integer,
  	"imported" numeric,
  	"already_imported" numeric,
  	"errors" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "referrals" ADD COLUMN "contact_requested_at" timestamp(3) with time zone;
  ALTER TABLE "referrals" ADD COLUMN "external_case_id" varchar;
  ALTER TABLE "referrals" ADD COLUMN "import_batch_id" integer;
  ALTER TABLE "referrals" ADD COLUMN "status_token_hash" varchar;
  ALTER TABLE "referral_events" ADD COLUMN "date" varchar;
  ALTER TABLE "referral_events" ADD COLUMN "work_start_kind" "enum_referral_events_work_start_kind";
  ALTER TABLE "referral_events" ADD COLUMN "work_start_school_kind" "enum_referral_events_work_start_school_kind";
  ALTER TABLE "referral_events" ADD COLUMN "work_start_sector" "enum_referral_events_work_start_sector";
  ALTER TABLE "referral_events" ADD COLUMN "work_start_hours_per_week" numeric;
  ALTER TABLE "referral_events" ADD COLUMN "work_start_monthly_salary" numeric;
  ALTER TABLE "referral_events" ADD COLUMN "work_end_start_id" integer;
  ALTER TABLE "referral_events" ADD COLUMN "work_end_reason" "enum_referral_events_work_end_reason";
  ALTER TABLE "partners" ADD COLUMN "contact_phone" varchar;
  ALTER TABLE "partners" ADD COLUMN "contact_email" varchar;
  ALTER TABLE "partners" ADD COLUMN "contact_url" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "caseload_imports_id" integer;
  ALTER TABLE "caseload_imports" ADD CONSTRAINT "caseload_imports_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "caseload_imports_sha256_idx" ON "caseload_imports" USING btree ("sha256");
  CREATE INDEX "caseload_imports_imported_by_idx" ON "caseload_imports" USING btree ("imported_by_id");
  CREATE INDEX "caseload_imports_updated_at_idx" ON "caseload_imports" USING btree ("updated_at");
  CREATE INDEX "caseload_imports_created_at_idx" ON "caseload_imports" USING btree ("created_at");
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_import_batch_id_caseload_imports_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."caseload_imports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_work_end_start_id_referral_events_id_fk" FOREIGN KEY ("work_end_start_id") REFERENCES "public"."referral_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_caseload_imports_fk" FOREIGN KEY ("caseload_imports_id") REFERENCES "public"."caseload_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "referrals_import_batch_idx" ON "referrals" USING btree ("import_batch_id");
  CREATE UNIQUE INDEX "referrals_status_token_hash_idx" ON "referrals" USING btree ("status_token_hash");
  CREATE UNIQUE INDEX "service_externalCaseId_idx" ON "referrals" USING btree ("service_id","external_case_id");
  CREATE INDEX "referral_events_work_end_work_end_start_idx" ON "referral_events" USING btree ("work_end_start_id");
  CREATE INDEX "type_date_idx" ON "referral_events" USING btree ("type","date");
  CREATE INDEX "payload_locked_documents_rels_caseload_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("caseload_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "caseload_imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "caseload_imports" CASCADE;
  ALTER TABLE "referrals" DROP CONSTRAINT "referrals_import_batch_id_caseload_imports_id_fk";
  
  ALTER TABLE "referral_events" DROP CONSTRAINT "referral_events_work_end_start_id_referral_events_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_caseload_imports_fk";
  
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_events_type";
  CREATE TYPE "public"."enum_referral_events_type" AS ENUM('submitted', 'statusChange', 'moved', 'assigned', 'duplicateDismissed', 'note', 'contactAttempt', 'reassessment', 'consent');
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_referral_events_type" USING "type"::"public"."enum_referral_events_type";
  ALTER TABLE "referral_access_log" ALTER COLUMN "through" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_access_log_through";
  CREATE TYPE "public"."enum_referral_access_log_through" AS ENUM('rest', 'admin', 'local', 'graphql');
  ALTER TABLE "referral_access_log" ALTER COLUMN "through" SET DATA TYPE "public"."enum_referral_access_log_through" USING "through"::"public"."enum_referral_access_log_through";
  DROP INDEX "referrals_import_batch_idx";
  DROP INDEX "referrals_status_token_hash_idx";
  DROP INDEX "service_externalCaseId_idx";
  DROP INDEX "referral_events_work_end_work_end_start_idx";
  DROP INDEX "type_date_idx";
  DROP INDEX "payload_locked_documents_rels_caseload_imports_id_idx";
  ALTER TABLE "referrals" DROP COLUMN "contact_requested_at";
  ALTER TABLE "referrals" DROP COLUMN "external_case_id";
  ALTER TABLE "referrals" DROP COLUMN "import_batch_id";
  ALTER TABLE "referrals" DROP COLUMN "status_token_hash";
  ALTER TABLE "referral_events" DROP COLUMN "date";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_kind";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_school_kind";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_sector";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_hours_per_week";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_monthly_salary";
  ALTER TABLE "referral_events" DROP COLUMN "work_end_start_id";
  ALTER TABLE "referral_events" DROP COLUMN "work_end_reason";
  ALTER TABLE "partners" DROP COLUMN "contact_phone";
  ALTER TABLE "partners" DROP COLUMN "contact_email";
  ALTER TABLE "partners" DROP COLUMN "contact_url";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "caseload_imports_id";
  DROP TYPE "public"."enum_referral_events_work_start_kind";
  DROP TYPE "public"."enum_referral_events_work_start_school_kind";
  DROP TYPE "public"."enum_referral_events_work_start_sector";
  DROP TYPE "public"."enum_referral_events_work_end_reason";`)
}
