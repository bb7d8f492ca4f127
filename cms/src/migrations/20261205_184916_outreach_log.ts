import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_outreach_activities_audiences" AS ENUM('clinics', 'schools', 'employers', 'relatives', 'agencies');
  CREATE TYPE "public"."enum_outreach_activities_arena" AS ENUM('psychiatricClinic', 'primaryCare', 'habilitation', 'school', 'meetingPlace', 'socialInsurance', 'employmentService', 'socialServices', 'socialMedia', 'jobFair', 'mailing', 'other');
  CREATE TYPE "public"."enum_outreach_activities_format" AS ENUM('visit', 'presentation', 'stand', 'meeting', 'digital', 'mailing', 'other');
  CREATE TYPE "public"."enum_outreach_activities_landing_target" AS ENUM('service', 'check', 'form');
  CREATE TYPE "public"."enum_outreach_activities_landing_locale" AS ENUM('sv', 'lattlast', 'en', 'ar');
  CREATE TABLE "outreach_activities_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_outreach_activities_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "outreach_activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"arena" "enum_outreach_activities_arena" NOT NULL,
  	"format" "enum_outreach_activities_format" NOT NULL,
  	"partner_id" integer,
  	"organisation" varchar,
  	"people_reached" numeric DEFAULT 0 NOT NULL,
  	"hours" numeric DEFAULT 0 NOT NULL,
  	"notes" varchar,
  	"event_id" integer,
  	"campaign_code" varchar,
  	"landing_target" "enum_outreach_activities_landing_target" DEFAULT 'check' NOT NULL,
  	"landing_service_id" integer,
  	"landing_locale" "enum_outreach_activities_landing_locale" DEFAULT 'sv' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outreach_activities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"users_id" integer
  );
  
  ALTER TABLE "referrals" ADD COLUMN "campaign_code" varchar;
  ALTER TABLE "referrals" ADD COLUMN "campaign_activity_id" integer;
  ALTER TABLE "referrals" ADD COLUMN "campaign_event_id" integer;
  ALTER TABLE "events" ADD COLUMN "campaign_code" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_campaign_code" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outreach_activities_id" integer;
  ALTER TABLE "outreach_activities_audiences" ADD CONSTRAINT "outreach_activities_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outreach_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_landing_service_id_services_id_fk" FOREIGN KEY ("landing_service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_activities_rels" ADD CONSTRAINT "outreach_activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outreach_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_activities_rels" ADD CONSTRAINT "outreach_activities_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_activities_rels" ADD CONSTRAINT "outreach_activities_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "outreach_activities_audiences_order_idx" ON "outreach_activities_audiences" USING btree ("order");
  CREATE INDEX "outreach_activities_audiences_parent_idx" ON "outreach_activities_audiences" USING btree ("parent_id");
  CREATE INDEX "outreach_activities_date_idx" ON "outreach_activities" USING btree ("date");
  CREATE INDEX "outreach_activities_arena_idx" ON "outreach_activities" USING btree ("arena");
  CREATE INDEX "outreach_activities_partner_idx" ON "outreach_activities" USING btree ("partner_id");
  CREATE INDEX "outreach_activities_event_idx" ON "outreach_activities" USING btree ("event_id");
  CREATE UNIQUE INDEX "outreach_activities_campaign_code_idx" ON "outreach_activities" USING btree ("campaign_code");
  CREATE INDEX "outreach_activities_landing_landing_service_idx" ON "outreach_activities" USING btree ("landing_service_id");
  CREATE INDEX "outreach_activities_updated_at_idx" ON "outreach_activities" USING btree ("updated_at");
  CREATE INDEX "outreach_activities_created_at_idx" ON "outreach_activities" USING btree ("created_at");
  CREATE INDEX "outreach_activities_rels_order_idx" ON "outreach_activities_rels" USING btree ("order");
  CREATE INDEX "outreach_activities_rels_parent_idx" ON "outreach_activities_rels" USING btree ("parent_id");
  CREATE INDEX "outreach_activities_rels_path_idx" ON "outreach_activities_rels" USING btree ("path");
  CREATE INDEX "outreach_activities_rels_services_id_idx" ON "outreach_activities_rels" USING btree ("services_id");
  CREATE INDEX "outreach_activities_rels_users_id_idx" ON "outreach_activities_rels" USING btree ("users_id");
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_campaign_activity_id_outreach_activities_id_fk" FOREIGN KEY ("campaign_activity_id") REFERENCES "public"."outreach_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_campaign_event_id_events_id_fk" FOREIGN KEY ("campaign_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outreach_activities_fk" FOREIGN KEY ("outreach_activities_id") REFERENCES "public"."outreach_activities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "referrals_campaign_campaign_code_idx" ON "referrals" USING btree ("campaign_code");
  CREATE INDEX "referrals_campaign_campaign_activity_idx" ON "referrals" USING btree ("campaign_activity_id");
  CREATE INDEX "referrals_campaign_campaign_event_idx" ON "referrals" USING btree ("campaign_event_id");
  CREATE UNIQUE INDEX "events_campaign_code_idx" ON "events" USING btree ("campaign_code");
  CREATE INDEX "_events_v_version_version_campaign_code_idx" ON "_events_v" USING btree ("version_campaign_code");
  CREATE INDEX "payload_locked_documents_rels_outreach_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("outreach_activities_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outreach_activities_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_activities_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "outreach_activities_audiences" CASCADE;
  DROP TABLE "outreach_activities" CASCADE;
  DROP TABLE "outreach_activities_rels" CASCADE;
  ALTER TABLE "referrals" DROP CONSTRAINT "referrals_campaign_activity_id_outreach_activities_id_fk";
  
  ALTER TABLE "referrals" DROP CONSTRAINT "referrals_campaign_event_id_events_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_outreach_activities_fk";
  
  DROP INDEX "referrals_campaign_campaign_code_idx";
  DROP INDEX "referrals_campaign_campaign_activity_idx";
  DROP INDEX "referrals_campaign_campaign_event_idx";
  DROP INDEX "events_campaign_code_idx";
  DROP INDEX "_events_v_version_version_campaign_code_idx";
  DROP INDEX "payload_locked_documents_rels_outreach_activities_id_idx";
  ALTER TABLE "referrals" DROP COLUMN "campaign_code";
  ALTER TABLE "referrals" DROP COLUMN "campaign_activity_id";
  ALTER TABLE "referrals" DROP COLUMN "campaign_event_id";
  ALTER TABLE "events" DROP COLUMN "campaign_code";
  ALTER TABLE "_events_v" DROP COLUMN "version_campaign_code";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outreach_activities_id";
  DROP TYPE "public"."enum_outreach_activities_audiences";
  DROP TYPE "public"."enum_outreach_activities_arena";
  DROP TYPE "public"."enum_outreach_activities_format";
  DROP TYPE "public"."enum_outreach_activities_landing_target";
  DROP TYPE "public"."enum_outreach_activities_landing_locale";`)
}
