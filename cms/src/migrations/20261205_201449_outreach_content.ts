import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_language" AS ENUM('sv', 'lattlast', 'en', 'ar');
  CREATE TYPE "public"."enum_outreach_activities_audiences" AS ENUM('clinics', 'schools', 'employers', 'relatives', 'agencies');
  CREATE TYPE "public"."enum_outreach_activities_arena" AS ENUM('psychiatricClinic', 'primaryCare', 'habilitation', 'school', 'meetingPlace', 'socialInsurance', 'employmentService', 'socialServices', 'socialMedia', 'jobFair', 'mailing', 'other');
  CREATE TYPE "public"."enum_outreach_activities_format" AS ENUM('visit', 'presentation', 'stand', 'meeting', 'digital', 'mailing', 'other');
  CREATE TYPE "public"."enum_outreach_activities_landing_target" AS ENUM('service', 'check', 'form');
  CREATE TYPE "public"."enum_outreach_activities_landing_locale" AS ENUM('sv', 'lattlast', 'en', 'ar');
  CREATE TYPE "public"."enum_stories_consent_scope" AS ENUM('website', 'print', 'socialMedia');
  CREATE TYPE "public"."enum_stories_outcome" AS ENUM('work', 'studies');
  CREATE TYPE "public"."enum_stories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_version_consent_scope" AS ENUM('website', 'print', 'socialMedia');
  CREATE TYPE "public"."enum__stories_v_version_outcome" AS ENUM('work', 'studies');
  CREATE TYPE "public"."enum__stories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_published_locale" AS ENUM('sv', 'lattlast', 'en', 'ar');
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"language" "enum_documents_language" DEFAULT 'sv' NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
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
  
  CREATE TABLE "stories_consent_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_stories_consent_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"photo_id" integer,
  	"consent_given_on" timestamp(3) with time zone,
  	"consent_withdrawn_on" timestamp(3) with time zone,
  	"slug" varchar,
  	"service_id" integer,
  	"outcome" "enum_stories_outcome",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_stories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "stories_locales" (
  	"title" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_stories_v_version_consent_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__stories_v_version_consent_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_stories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_photo_id" integer,
  	"version_consent_given_on" timestamp(3) with time zone,
  	"version_consent_withdrawn_on" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_service_id" integer,
  	"version_outcome" "enum__stories_v_version_outcome",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__stories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__stories_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_stories_v_locales" (
  	"version_title" varchar,
  	"version_text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "sizes_w400_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w400_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w400_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w400_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w400_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w400_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w800_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w800_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w800_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w800_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w800_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w800_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w1200_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w1200_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w1200_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w1200_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w1200_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w1200_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w1600_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w1600_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w1600_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w1600_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_w1600_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_w1600_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero400_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero400_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero400_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero400_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero400_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero400_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero800_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero800_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero800_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero800_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero800_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero800_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1200_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1200_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1200_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1200_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1200_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1200_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1600_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1600_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1600_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1600_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1600_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero1600_filename" varchar;
  ALTER TABLE "pages" ADD COLUMN "image_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_image_id" integer;
  ALTER TABLE "services" ADD COLUMN "image_id" integer;
  ALTER TABLE "referrals" ADD COLUMN "campaign_code" varchar;
  ALTER TABLE "referrals" ADD COLUMN "campaign_activity_id" integer;
  ALTER TABLE "referrals" ADD COLUMN "campaign_event_id" integer;
  ALTER TABLE "referral_tallies" ADD COLUMN "campaign_code" varchar;
  ALTER TABLE "referral_tallies" ADD COLUMN "campaign_activity_id" integer;
  ALTER TABLE "referral_tallies" ADD COLUMN "campaign_event_id" integer;
  ALTER TABLE "events" ADD COLUMN "image_id" integer;
  ALTER TABLE "events" ADD COLUMN "campaign_code" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_image_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_campaign_code" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outreach_activities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stories_id" integer;
  ALTER TABLE "outreach_activities_audiences" ADD CONSTRAINT "outreach_activities_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outreach_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_landing_service_id_services_id_fk" FOREIGN KEY ("landing_service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_activities_rels" ADD CONSTRAINT "outreach_activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outreach_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_activities_rels" ADD CONSTRAINT "outreach_activities_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_activities_rels" ADD CONSTRAINT "outreach_activities_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_consent_scope" ADD CONSTRAINT "stories_consent_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories_locales" ADD CONSTRAINT "stories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_consent_scope" ADD CONSTRAINT "_stories_v_version_consent_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_parent_id_stories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_service_id_services_id_fk" FOREIGN KEY ("version_service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v_locales" ADD CONSTRAINT "_stories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
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
  CREATE INDEX "stories_consent_scope_order_idx" ON "stories_consent_scope" USING btree ("order");
  CREATE INDEX "stories_consent_scope_parent_idx" ON "stories_consent_scope" USING btree ("parent_id");
  CREATE INDEX "stories_photo_idx" ON "stories" USING btree ("photo_id");
  CREATE UNIQUE INDEX "stories_slug_idx" ON "stories" USING btree ("slug");
  CREATE INDEX "stories_service_idx" ON "stories" USING btree ("service_id");
  CREATE INDEX "stories_updated_at_idx" ON "stories" USING btree ("updated_at");
  CREATE INDEX "stories_created_at_idx" ON "stories" USING btree ("created_at");
  CREATE INDEX "stories__status_idx" ON "stories" USING btree ("_status");
  CREATE UNIQUE INDEX "stories_locales_locale_parent_id_unique" ON "stories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_stories_v_version_consent_scope_order_idx" ON "_stories_v_version_consent_scope" USING btree ("order");
  CREATE INDEX "_stories_v_version_consent_scope_parent_idx" ON "_stories_v_version_consent_scope" USING btree ("parent_id");
  CREATE INDEX "_stories_v_parent_idx" ON "_stories_v" USING btree ("parent_id");
  CREATE INDEX "_stories_v_version_version_photo_idx" ON "_stories_v" USING btree ("version_photo_id");
  CREATE INDEX "_stories_v_version_version_slug_idx" ON "_stories_v" USING btree ("version_slug");
  CREATE INDEX "_stories_v_version_version_service_idx" ON "_stories_v" USING btree ("version_service_id");
  CREATE INDEX "_stories_v_version_version_updated_at_idx" ON "_stories_v" USING btree ("version_updated_at");
  CREATE INDEX "_stories_v_version_version_created_at_idx" ON "_stories_v" USING btree ("version_created_at");
  CREATE INDEX "_stories_v_version_version__status_idx" ON "_stories_v" USING btree ("version__status");
  CREATE INDEX "_stories_v_created_at_idx" ON "_stories_v" USING btree ("created_at");
  CREATE INDEX "_stories_v_updated_at_idx" ON "_stories_v" USING btree ("updated_at");
  CREATE INDEX "_stories_v_snapshot_idx" ON "_stories_v" USING btree ("snapshot");
  CREATE INDEX "_stories_v_published_locale_idx" ON "_stories_v" USING btree ("published_locale");
  CREATE INDEX "_stories_v_latest_idx" ON "_stories_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_stories_v_locales_locale_parent_id_unique" ON "_stories_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "pages" ADD CONSTRAINT "pages_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_campaign_activity_id_outreach_activities_id_fk" FOREIGN KEY ("campaign_activity_id") REFERENCES "public"."outreach_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_campaign_event_id_events_id_fk" FOREIGN KEY ("campaign_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referral_tallies" ADD CONSTRAINT "referral_tallies_campaign_activity_id_outreach_activities_id_fk" FOREIGN KEY ("campaign_activity_id") REFERENCES "public"."outreach_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referral_tallies" ADD CONSTRAINT "referral_tallies_campaign_event_id_events_id_fk" FOREIGN KEY ("campaign_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outreach_activities_fk" FOREIGN KEY ("outreach_activities_id") REFERENCES "public"."outreach_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_sizes_w400_sizes_w400_filename_idx" ON "media" USING btree ("sizes_w400_filename");
  CREATE INDEX "media_sizes_w800_sizes_w800_filename_idx" ON "media" USING btree ("sizes_w800_filename");
  CREATE INDEX "media_sizes_w1200_sizes_w1200_filename_idx" ON "media" USING btree ("sizes_w1200_filename");
  CREATE INDEX "media_sizes_w1600_sizes_w1600_filename_idx" ON "media" USING btree ("sizes_w1600_filename");
  CREATE INDEX "media_sizes_hero400_sizes_hero400_filename_idx" ON "media" USING btree ("sizes_hero400_filename");
  CREATE INDEX "media_sizes_hero800_sizes_hero800_filename_idx" ON "media" USING btree ("sizes_hero800_filename");
  CREATE INDEX "media_sizes_hero1200_sizes_hero1200_filename_idx" ON "media" USING btree ("sizes_hero1200_filename");
  CREATE INDEX "media_sizes_hero1600_sizes_hero1600_filename_idx" ON "media" USING btree ("sizes_hero1600_filename");
  CREATE INDEX "pages_image_idx" ON "pages" USING btree ("image_id");
  CREATE INDEX "_pages_v_version_version_image_idx" ON "_pages_v" USING btree ("version_image_id");
  CREATE INDEX "services_image_idx" ON "services" USING btree ("image_id");
  CREATE INDEX "referrals_campaign_campaign_code_idx" ON "referrals" USING btree ("campaign_code");
  CREATE INDEX "referrals_campaign_campaign_activity_idx" ON "referrals" USING btree ("campaign_activity_id");
  CREATE INDEX "referrals_campaign_campaign_event_idx" ON "referrals" USING btree ("campaign_event_id");
  CREATE INDEX "referral_tallies_campaign_campaign_activity_idx" ON "referral_tallies" USING btree ("campaign_activity_id");
  CREATE INDEX "referral_tallies_campaign_campaign_event_idx" ON "referral_tallies" USING btree ("campaign_event_id");
  CREATE INDEX "events_image_idx" ON "events" USING btree ("image_id");
  CREATE UNIQUE INDEX "events_campaign_code_idx" ON "events" USING btree ("campaign_code");
  CREATE INDEX "_events_v_version_version_image_idx" ON "_events_v" USING btree ("version_image_id");
  CREATE INDEX "_events_v_version_version_campaign_code_idx" ON "_events_v" USING btree ("version_campaign_code");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_outreach_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("outreach_activities_id");
  CREATE INDEX "payload_locked_documents_rels_stories_id_idx" ON "payload_locked_documents_rels" USING btree ("stories_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_activities_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_activities_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories_consent_scope" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v_version_consent_scope" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "outreach_activities_audiences" CASCADE;
  DROP TABLE "outreach_activities" CASCADE;
  DROP TABLE "outreach_activities_rels" CASCADE;
  DROP TABLE "stories_consent_scope" CASCADE;
  DROP TABLE "stories" CASCADE;
  DROP TABLE "stories_locales" CASCADE;
  DROP TABLE "_stories_v_version_consent_scope" CASCADE;
  DROP TABLE "_stories_v" CASCADE;
  DROP TABLE "_stories_v_locales" CASCADE;
  ALTER TABLE "pages" DROP CONSTRAINT "pages_image_id_media_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_image_id_media_id_fk";
  
  ALTER TABLE "services" DROP CONSTRAINT "services_image_id_media_id_fk";
  
  ALTER TABLE "referrals" DROP CONSTRAINT "referrals_campaign_activity_id_outreach_activities_id_fk";
  
  ALTER TABLE "referrals" DROP CONSTRAINT "referrals_campaign_event_id_events_id_fk";
  
  ALTER TABLE "referral_tallies" DROP CONSTRAINT "referral_tallies_campaign_activity_id_outreach_activities_id_fk";
  
  ALTER TABLE "referral_tallies" DROP CONSTRAINT "referral_tallies_campaign_event_id_events_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_image_id_media_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_outreach_activities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stories_fk";
  
  DROP INDEX "media_sizes_w400_sizes_w400_filename_idx";
  DROP INDEX "media_sizes_w800_sizes_w800_filename_idx";
  DROP INDEX "media_sizes_w1200_sizes_w1200_filename_idx";
  DROP INDEX "media_sizes_w1600_sizes_w1600_filename_idx";
  DROP INDEX "media_sizes_hero400_sizes_hero400_filename_idx";
  DROP INDEX "media_sizes_hero800_sizes_hero800_filename_idx";
  DROP INDEX "media_sizes_hero1200_sizes_hero1200_filename_idx";
  DROP INDEX "media_sizes_hero1600_sizes_hero1600_filename_idx";
  DROP INDEX "pages_image_idx";
  DROP INDEX "_pages_v_version_version_image_idx";
  DROP INDEX "services_image_idx";
  DROP INDEX "referrals_campaign_campaign_code_idx";
  DROP INDEX "referrals_campaign_campaign_activity_idx";
  DROP INDEX "referrals_campaign_campaign_event_idx";
  DROP INDEX "referral_tallies_campaign_campaign_activity_idx";
  DROP INDEX "referral_tallies_campaign_campaign_event_idx";
  DROP INDEX "events_image_idx";
  DROP INDEX "events_campaign_code_idx";
  DROP INDEX "_events_v_version_version_image_idx";
  DROP INDEX "_events_v_version_version_campaign_code_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_outreach_activities_id_idx";
  DROP INDEX "payload_locked_documents_rels_stories_id_idx";
  ALTER TABLE "media" DROP COLUMN "sizes_w400_url";
  ALTER TABLE "media" DROP COLUMN "sizes_w400_width";
  ALTER TABLE "media" DROP COLUMN "sizes_w400_height";
  ALTER TABLE "media" DROP COLUMN "sizes_w400_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_w400_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_w400_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_w800_url";
  ALTER TABLE "media" DROP COLUMN "sizes_w800_width";
  ALTER TABLE "media" DROP COLUMN "sizes_w800_height";
  ALTER TABLE "media" DROP COLUMN "sizes_w800_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_w800_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_w800_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_w1200_url";
  ALTER TABLE "media" DROP COLUMN "sizes_w1200_width";
  ALTER TABLE "media" DROP COLUMN "sizes_w1200_height";
  ALTER TABLE "media" DROP COLUMN "sizes_w1200_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_w1200_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_w1200_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_w1600_url";
  ALTER TABLE "media" DROP COLUMN "sizes_w1600_width";
  ALTER TABLE "media" DROP COLUMN "sizes_w1600_height";
  ALTER TABLE "media" DROP COLUMN "sizes_w1600_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_w1600_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_w1600_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_hero400_url";
  ALTER TABLE "media" DROP COLUMN "sizes_hero400_width";
  ALTER TABLE "media" DROP COLUMN "sizes_hero400_height";
  ALTER TABLE "media" DROP COLUMN "sizes_hero400_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_hero400_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_hero400_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_hero800_url";
  ALTER TABLE "media" DROP COLUMN "sizes_hero800_width";
  ALTER TABLE "media" DROP COLUMN "sizes_hero800_height";
  ALTER TABLE "media" DROP COLUMN "sizes_hero800_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_hero800_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_hero800_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1200_url";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1200_width";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1200_height";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1200_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1200_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1200_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1600_url";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1600_width";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1600_height";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1600_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1600_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_hero1600_filename";
  ALTER TABLE "pages" DROP COLUMN "image_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_image_id";
  ALTER TABLE "services" DROP COLUMN "image_id";
  ALTER TABLE "referrals" DROP COLUMN "campaign_code";
  ALTER TABLE "referrals" DROP COLUMN "campaign_activity_id";
  ALTER TABLE "referrals" DROP COLUMN "campaign_event_id";
  ALTER TABLE "referral_tallies" DROP COLUMN "campaign_code";
  ALTER TABLE "referral_tallies" DROP COLUMN "campaign_activity_id";
  ALTER TABLE "referral_tallies" DROP COLUMN "campaign_event_id";
  ALTER TABLE "events" DROP COLUMN "image_id";
  ALTER TABLE "events" DROP COLUMN "campaign_code";
  ALTER TABLE "_events_v" DROP COLUMN "version_image_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_campaign_code";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outreach_activities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stories_id";
  DROP TYPE "public"."enum_documents_language";
  DROP TYPE "public"."enum_outreach_activities_audiences";
  DROP TYPE "public"."enum_outreach_activities_arena";
  DROP TYPE "public"."enum_outreach_activities_format";
  DROP TYPE "public"."enum_outreach_activities_landing_target";
  DROP TYPE "public"."enum_outreach_activities_landing_locale";
  DROP TYPE "public"."enum_stories_consent_scope";
  DROP TYPE "public"."enum_stories_outcome";
  DROP TYPE "public"."enum_stories_status";
  DROP TYPE "public"."enum__stories_v_version_consent_scope";
  DROP TYPE "public"."enum__stories_v_version_outcome";
  DROP TYPE "public"."enum__stories_v_version_status";
  DROP TYPE "public"."enum__stories_v_published_locale";`)
}
