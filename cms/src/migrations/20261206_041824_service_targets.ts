import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "services_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"people_supported" numeric,
  	"max_wait_days" numeric,
  	"share_into_work_or_studies" numeric
  );

  -- The expected participants of each year become that year's target of people supported.
  INSERT INTO "services_targets" ("_order", "_parent_id", "id", "year", "people_supported")
  SELECT "_order", "_parent_id", "id", "year", "count" FROM "services_expected_participants";

  DROP TABLE "services_expected_participants" CASCADE;
  ALTER TABLE "services_targets" ADD CONSTRAINT "services_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_targets_order_idx" ON "services_targets" USING btree ("_order");
  CREATE INDEX "services_targets_parent_id_idx" ON "services_targets" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "services_expected_participants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"count" numeric NOT NULL
  );

  INSERT INTO "services_expected_participants" ("_order", "_parent_id", "id", "year", "count")
  SELECT "_order", "_parent_id", "id", "year", "people_supported" FROM "services_targets"
  WHERE "people_supported" IS NOT NULL;

  DROP TABLE "services_targets" CASCADE;
  ALTER TABLE "services_expected_participants" ADD CONSTRAINT "services_expected_participants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_expected_participants_order_idx" ON "services_expected_participants" USING btree ("_order");
  CREATE INDEX "services_expected_participants_parent_id_idx" ON "services_expected_participants" USING btree ("_parent_id");`)
}
