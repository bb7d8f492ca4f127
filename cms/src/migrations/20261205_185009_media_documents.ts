import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_language" AS ENUM('sv', 'lattlast', 'en', 'ar');
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
  ALTER TABLE "events" ADD COLUMN "image_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_image_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  ALTER TABLE "pages" ADD CONSTRAINT "pages_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
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
  CREATE INDEX "events_image_idx" ON "events" USING btree ("image_id");
  CREATE INDEX "_events_v_version_version_image_idx" ON "_events_v" USING btree ("version_image_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents" CASCADE;
  ALTER TABLE "pages" DROP CONSTRAINT "pages_image_id_media_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_image_id_media_id_fk";
  
  ALTER TABLE "services" DROP CONSTRAINT "services_image_id_media_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_image_id_media_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
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
  DROP INDEX "events_image_idx";
  DROP INDEX "_events_v_version_version_image_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
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
  ALTER TABLE "events" DROP COLUMN "image_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_image_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  DROP TYPE "public"."enum_documents_language";`)
}
