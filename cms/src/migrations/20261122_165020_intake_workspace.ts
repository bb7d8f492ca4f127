import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_referral_events_consent_action" AS ENUM('given', 'withdrawn');
  CREATE TYPE "public"."enum_referral_events_reassessment_result" AS ENUM('continue', 'changePlan', 'prepareClosing');
  CREATE TYPE "public"."enum_partners_kind" AS ENUM('care', 'education', 'agency', 'municipal', 'other');
  ALTER TYPE "public"."enum_referrals_status" ADD VALUE 'merged';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'moved' BEFORE 'note';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'assigned' BEFORE 'note';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'duplicateDismissed' BEFORE 'note';
  ALTER TYPE "public"."enum_referral_events_from_status" ADD VALUE 'merged';
  ALTER TYPE "public"."enum_referral_events_to_status" ADD VALUE 'merged';
  CREATE TABLE "referrals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"referrals_id" integer,
  	"partners_id" integer
  );
  
  CREATE TABLE "referral_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"partners_id" integer
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_partners_kind" DEFAULT 'other' NOT NULL,
  	"description" varchar,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "services" ADD COLUMN "notifications_notify_intake" boolean DEFAULT false;
  ALTER TABLE "services" ADD COLUMN "notifications_intake_email" varchar;
  ALTER TABLE "services" ADD COLUMN "notifications_confirm_to_applicant" boolean DEFAULT false;
  ALTER TABLE "referrals" ADD COLUMN "redirect_partner_id" integer;
  ALTER TABLE "referrals" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "referral_events" ADD COLUMN "from_service_id" integer;
  ALTER TABLE "referral_events" ADD COLUMN "to_service_id" integer;
  ALTER TABLE "referral_events" ADD COLUMN "partner_id" integer;
  ALTER TABLE "referral_events" ADD COLUMN "related_referral_id" integer;
  ALTER TABLE "referral_events" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "referral_events" ADD COLUMN "consent_action" "enum_referral_events_consent_action";
  ALTER TABLE "referral_events" ADD COLUMN "consent_form_version" varchar;
  ALTER TABLE "referral_events" ADD COLUMN "consent_date" timestamp(3) with time zone;
  ALTER TABLE "referral_events" ADD COLUMN "reassessment_result" "enum_referral_events_reassessment_result";
  ALTER TABLE "referral_events" ADD COLUMN "reassessment_next_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "partners_id" integer;
  ALTER TABLE "referrals_rels" ADD CONSTRAINT "referrals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referrals_rels" ADD CONSTRAINT "referrals_rels_referrals_fk" FOREIGN KEY ("referrals_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referrals_rels" ADD CONSTRAINT "referrals_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referral_events_rels" ADD CONSTRAINT "referral_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."referral_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referral_events_rels" ADD CONSTRAINT "referral_events_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "referrals_rels_order_idx" ON "referrals_rels" USING btree ("order");
  CREATE INDEX "referrals_rels_parent_idx" ON "referrals_rels" USING btree ("parent_id");
  CREATE INDEX "referrals_rels_path_idx" ON "referrals_rels" USING btree ("path");
  CREATE INDEX "referrals_rels_referrals_id_idx" ON "referrals_rels" USING btree ("referrals_id");
  CREATE INDEX "referrals_rels_partners_id_idx" ON "referrals_rels" USING btree ("partners_id");
  CREATE INDEX "referral_events_rels_order_idx" ON "referral_events_rels" USING btree ("order");
  CREATE INDEX "referral_events_rels_parent_idx" ON "referral_events_rels" USING btree ("parent_id");
  CREATE INDEX "referral_events_rels_path_idx" ON "referral_events_rels" USING btree ("path");
  CREATE INDEX "referral_events_rels_partners_id_idx" ON "referral_events_rels" USING btree ("partners_id");
  CREATE UNIQUE INDEX "partners_name_idx" ON "partners" USING btree ("name");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_redirect_partner_id_partners_id_fk" FOREIGN KEY ("redirect_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_merged_into_id_referrals_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_from_service_id_services_id_fk" FOREIGN KEY ("from_service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_to_service_id_services_id_fk" FOREIGN KEY ("to_service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_related_referral_id_referrals_id_fk" FOREIGN KEY ("related_referral_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "referrals_redirect_partner_idx" ON "referrals" USING btree ("redirect_partner_id");
  CREATE INDEX "referrals_merged_into_idx" ON "referrals" USING btree ("merged_into_id");
  CREATE INDEX "referrals_applicant_applicant_date_of_birth_idx" ON "referrals" USING btree ("applicant_date_of_birth");
  CREATE INDEX "referral_events_from_service_idx" ON "referral_events" USING btree ("from_service_id");
  CREATE INDEX "referral_events_to_service_idx" ON "referral_events" USING btree ("to_service_id");
  CREATE INDEX "referral_events_partner_idx" ON "referral_events" USING btree ("partner_id");
  CREATE INDEX "referral_events_related_referral_idx" ON "referral_events" USING btree ("related_referral_id");
  CREATE INDEX "referral_events_assignee_idx" ON "referral_events" USING btree ("assignee_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  ALTER TABLE "services" DROP COLUMN "intake_email";
  ALTER TABLE "referrals" DROP COLUMN "consent_partners";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "referrals_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "referral_events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partners" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "referrals_rels" CASCADE;
  DROP TABLE "referral_events_rels" CASCADE;
  DROP TABLE "partners" CASCADE;
  ALTER TABLE "referrals" DROP CONSTRAINT "referrals_redirect_partner_id_partners_id_fk";
  
  ALTER TABLE "referrals" DROP CONSTRAINT "referrals_merged_into_id_referrals_id_fk";
  
  ALTER TABLE "referral_events" DROP CONSTRAINT "referral_events_from_service_id_services_id_fk";
  
  ALTER TABLE "referral_events" DROP CONSTRAINT "referral_events_to_service_id_services_id_fk";
  
  ALTER TABLE "referral_events" DROP CONSTRAINT "referral_events_partner_id_partners_id_fk";
  
  ALTER TABLE "referral_events" DROP CONSTRAINT "referral_events_related_referral_id_referrals_id_fk";
  
  ALTER TABLE "referral_events" DROP CONSTRAINT "referral_events_assignee_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_partners_fk";
  
  ALTER TABLE "referrals" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "referrals" ALTER COLUMN "status" SET DEFAULT 'received'::text;
  DROP TYPE "public"."enum_referrals_status";
  CREATE TYPE "public"."enum_referrals_status" AS ENUM('received', 'screened', 'waiting', 'firstContact', 'onHold', 'enrolled', 'active', 'closed', 'redirected', 'declined', 'withdrawn');
  ALTER TABLE "referrals" ALTER COLUMN "status" SET DEFAULT 'received'::"public"."enum_referrals_status";
  ALTER TABLE "referrals" ALTER COLUMN "status" SET DATA TYPE "public"."enum_referrals_status" USING "status"::"public"."enum_referrals_status";
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_events_type";
  CREATE TYPE "public"."enum_referral_events_type" AS ENUM('submitted', 'statusChange', 'note', 'contactAttempt', 'reassessment', 'consent');
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_referral_events_type" USING "type"::"public"."enum_referral_events_type";
  ALTER TABLE "referral_events" ALTER COLUMN "from_status" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_events_from_status";
  CREATE TYPE "public"."enum_referral_events_from_status" AS ENUM('received', 'screened', 'waiting', 'firstContact', 'onHold', 'enrolled', 'active', 'closed', 'redirected', 'declined', 'withdrawn');
  ALTER TABLE "referral_events" ALTER COLUMN "from_status" SET DATA TYPE "public"."enum_referral_events_from_status" USING "from_status"::"public"."enum_referral_events_from_status";
  ALTER TABLE "referral_events" ALTER COLUMN "to_status" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_events_to_status";
  CREATE TYPE "public"."enum_referral_events_to_status" AS ENUM('received', 'screened', 'waiting', 'firstContact', 'onHold', 'enrolled', 'active', 'closed', 'redirected', 'declined', 'withdrawn');
  ALTER TABLE "referral_events" ALTER COLUMN "to_status" SET DATA TYPE "public"."enum_referral_events_to_status" USING "to_status"::"public"."enum_referral_events_to_status";
  DROP INDEX "referrals_redirect_partner_idx";
  DROP INDEX "referrals_merged_into_idx";
  DROP INDEX "referrals_applicant_applicant_date_of_birth_idx";
  DROP INDEX "referral_events_from_service_idx";
  DROP INDEX "referral_events_to_service_idx";
  DROP INDEX "referral_events_partner_idx";
  DROP INDEX "referral_events_related_referral_idx";
  DROP INDEX "referral_events_assignee_idx";
  DROP INDEX "payload_locked_documents_rels_partners_id_idx";
  ALTER TABLE "services" ADD COLUMN "intake_email" varchar;
  ALTER TABLE "referrals" ADD COLUMN "consent_partners" varchar;
  ALTER TABLE "services" DROP COLUMN "notifications_notify_intake";
  ALTER TABLE "services" DROP COLUMN "notifications_intake_email";
  ALTER TABLE "services" DROP COLUMN "notifications_confirm_to_applicant";
  ALTER TABLE "referrals" DROP COLUMN "redirect_partner_id";
  ALTER TABLE "referrals" DROP COLUMN "merged_into_id";
  ALTER TABLE "referral_events" DROP COLUMN "from_service_id";
  ALTER TABLE "referral_events" DROP COLUMN "to_service_id";
  ALTER TABLE "referral_events" DROP COLUMN "partner_id";
  ALTER TABLE "referral_events" DROP COLUMN "related_referral_id";
  ALTER TABLE "referral_events" DROP COLUMN "assignee_id";
  ALTER TABLE "referral_events" DROP COLUMN "consent_action";
  ALTER TABLE "referral_events" DROP COLUMN "consent_form_version";
  ALTER TABLE "referral_events" DROP COLUMN "consent_date";
  ALTER TABLE "referral_events" DROP COLUMN "reassessment_result";
  ALTER TABLE "referral_events" DROP COLUMN "reassessment_next_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "partners_id";
  DROP TYPE "public"."enum_referral_events_consent_action";
  DROP TYPE "public"."enum_referral_events_reassessment_result";
  DROP TYPE "public"."enum_partners_kind";`)
}
