import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  
  ALTER TABLE "referrals" ADD COLUMN "external_case_id" varchar;
  ALTER TABLE "referrals" ADD COLUMN "import_batch_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "caseload_imports_id" integer;
  ALTER TABLE "caseload_imports" ADD CONSTRAINT "caseload_imports_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "caseload_imports_sha256_idx" ON "caseload_imports" USING btree ("sha256");
  CREATE INDEX "caseload_imports_imported_by_idx" ON "caseload_imports" USING btree ("imported_by_id");
  CREATE INDEX "caseload_imports_updated_at_idx" ON "caseload_imports" USING btree ("updated_at");
  CREATE INDEX "caseload_imports_created_at_idx" ON "caseload_imports" USING btree ("created_at");
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_import_batch_id_caseload_imports_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."caseload_imports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_caseload_imports_fk" FOREIGN KEY ("caseload_imports_id") REFERENCES "public"."caseload_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "referrals_import_batch_idx" ON "referrals" USING btree ("import_batch_id");
  CREATE UNIQUE INDEX "service_externalCaseId_idx" ON "referrals" USING btree ("service_id","external_case_id");
  CREATE INDEX "payload_locked_documents_rels_caseload_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("caseload_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "caseload_imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "caseload_imports" CASCADE;
  ALTER TABLE "referrals" DROP CONSTRAINT "referrals_import_batch_id_caseload_imports_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_caseload_imports_fk";
  
  DROP INDEX "referrals_import_batch_idx";
  DROP INDEX "service_externalCaseId_idx";
  DROP INDEX "payload_locked_documents_rels_caseload_imports_id_idx";
  ALTER TABLE "referrals" DROP COLUMN "external_case_id";
  ALTER TABLE "referrals" DROP COLUMN "import_batch_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "caseload_imports_id";`)
}
