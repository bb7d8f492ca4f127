import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages" ADD COLUMN "unit_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_unit_id" integer;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_unit_idx" ON "pages" USING btree ("unit_id");
  CREATE INDEX "_pages_v_version_version_unit_idx" ON "_pages_v" USING btree ("version_unit_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages" DROP CONSTRAINT "pages_unit_id_units_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_unit_id_units_id_fk";
  
  DROP INDEX "pages_unit_idx";
  DROP INDEX "_pages_v_version_version_unit_idx";
  ALTER TABLE "pages" DROP COLUMN "unit_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_unit_id";`)
}
