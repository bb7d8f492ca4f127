import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_fidelity_reviews_scores_item" AS ENUM('caseload', 'dedicatedStaff', 'generalists', 'teamAssignment', 'teamContact', 'agencyCollaboration', 'vocationalUnit', 'supervisor', 'zeroExclusion', 'competitiveFocus', 'leadershipSupport', 'benefitsPlanning', 'disclosure', 'workBasedAssessment', 'rapidSearch', 'individualSearch', 'employerContactFrequency', 'employerContactQuality', 'jobTypeDiversity', 'employerDiversity', 'competitiveJobs', 'individualFollowAlong', 'unlimitedFollowAlong', 'communityBased', 'assertiveOutreach');
  CREATE TYPE "public"."enum_fidelity_reviews_band" AS ENUM('exemplary', 'good', 'fair', 'notIps');
  CREATE TABLE "fidelity_reviews_reviewers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"account_id" integer,
  	"name" varchar
  );
  
  CREATE TABLE "fidelity_reviews_scores" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" "enum_fidelity_reviews_scores_item" NOT NULL,
  	"score" numeric,
  	"note" varchar
  );
  
  CREATE TABLE "fidelity_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"service_id" integer NOT NULL,
  	"date" varchar NOT NULL,
  	"total" numeric,
  	"scored" numeric,
  	"band" "enum_fidelity_reviews_band",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "fidelity_reviews_id" integer;
  ALTER TABLE "fidelity_reviews_reviewers" ADD CONSTRAINT "fidelity_reviews_reviewers_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fidelity_reviews_reviewers" ADD CONSTRAINT "fidelity_reviews_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fidelity_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fidelity_reviews_scores" ADD CONSTRAINT "fidelity_reviews_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fidelity_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fidelity_reviews" ADD CONSTRAINT "fidelity_reviews_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "fidelity_reviews_reviewers_order_idx" ON "fidelity_reviews_reviewers" USING btree ("_order");
  CREATE INDEX "fidelity_reviews_reviewers_parent_id_idx" ON "fidelity_reviews_reviewers" USING btree ("_parent_id");
  CREATE INDEX "fidelity_reviews_reviewers_account_idx" ON "fidelity_reviews_reviewers" USING btree ("account_id");
  CREATE INDEX "fidelity_reviews_scores_order_idx" ON "fidelity_reviews_scores" USING btree ("_order");
  CREATE INDEX "fidelity_reviews_scores_parent_id_idx" ON "fidelity_reviews_scores" USING btree ("_parent_id");
  CREATE INDEX "fidelity_reviews_service_idx" ON "fidelity_reviews" USING btree ("service_id");
  CREATE INDEX "fidelity_reviews_date_idx" ON "fidelity_reviews" USING btree ("date");
  CREATE INDEX "fidelity_reviews_updated_at_idx" ON "fidelity_reviews" USING btree ("updated_at");
  CREATE INDEX "fidelity_reviews_created_at_idx" ON "fidelity_reviews" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fidelity_reviews_fk" FOREIGN KEY ("fidelity_reviews_id") REFERENCES "public"."fidelity_reviews"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_fidelity_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("fidelity_reviews_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "fidelity_reviews_reviewers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "fidelity_reviews_scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "fidelity_reviews" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "fidelity_reviews_reviewers" CASCADE;
  DROP TABLE "fidelity_reviews_scores" CASCADE;
  DROP TABLE "fidelity_reviews" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_fidelity_reviews_fk";
  
  DROP INDEX "payload_locked_documents_rels_fidelity_reviews_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "fidelity_reviews_id";
  DROP TYPE "public"."enum_fidelity_reviews_scores_item";
  DROP TYPE "public"."enum_fidelity_reviews_band";`)
}
