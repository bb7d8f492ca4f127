import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "estimate_parameters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"tax_rate" numeric DEFAULT 0.33 NOT NULL,
  	"tax_rate_source" varchar DEFAULT 'Antagande från Hudiksvalls utvärdering av IPS [003], tabell 3 och 4: kommunal- och regionskatt om 33 %.' NOT NULL,
  	"production_factor" numeric DEFAULT 1.4 NOT NULL,
  	"production_factor_source" varchar DEFAULT 'Antagande från Hudiksvalls utvärdering av IPS [003], tabell 3 och 4: lönen med arbetsgivarens sociala avgifter, lön × 1,4.' NOT NULL,
  	"housing_hourly_cost" numeric DEFAULT 470.86 NOT NULL,
  	"housing_hourly_cost_source" varchar DEFAULT 'Antagande från Hudiksvalls utvärdering av IPS [003], tabell 3 och 4: 470,86 kr, framräknat av ekonom vid Hudiksvalls kommun (2017).' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "referral_events" ADD COLUMN "work_start_monthly_wage_subsidy" numeric;
  ALTER TABLE "referral_events" ADD COLUMN "work_start_housing_support_hours" numeric;
  ALTER TABLE "referral_events" ADD COLUMN "profile_housing_support_hours" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "estimate_parameters_id" integer;
  CREATE UNIQUE INDEX "estimate_parameters_year_idx" ON "estimate_parameters" USING btree ("year");
  CREATE INDEX "estimate_parameters_updated_at_idx" ON "estimate_parameters" USING btree ("updated_at");
  CREATE INDEX "estimate_parameters_created_at_idx" ON "estimate_parameters" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_estimate_parameters_fk" FOREIGN KEY ("estimate_parameters_id") REFERENCES "public"."estimate_parameters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_estimate_parameters_id_idx" ON "payload_locked_documents_rels" USING btree ("estimate_parameters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "estimate_parameters" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "estimate_parameters" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_estimate_parameters_fk";
  
  DROP INDEX "payload_locked_documents_rels_estimate_parameters_id_idx";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_monthly_wage_subsidy";
  ALTER TABLE "referral_events" DROP COLUMN "work_start_housing_support_hours";
  ALTER TABLE "referral_events" DROP COLUMN "profile_housing_support_hours";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "estimate_parameters_id";`)
}
