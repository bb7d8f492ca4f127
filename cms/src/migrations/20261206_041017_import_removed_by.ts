import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "caseload_imports" ADD COLUMN "removed_at" timestamp(3) with time zone;
  ALTER TABLE "caseload_imports" ADD COLUMN "removed_by_id" integer;
  ALTER TABLE "caseload_imports" ADD CONSTRAINT "caseload_imports_removed_by_id_users_id_fk" FOREIGN KEY ("removed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "caseload_imports_removed_by_idx" ON "caseload_imports" USING btree ("removed_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "caseload_imports" DROP CONSTRAINT "caseload_imports_removed_by_id_users_id_fk";
  
  DROP INDEX "caseload_imports_removed_by_idx";
  ALTER TABLE "caseload_imports" DROP COLUMN "removed_at";
  ALTER TABLE "caseload_imports" DROP COLUMN "removed_by_id";`)
}
