import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_referrals_applicant_status_updates" AS ENUM('email', 'sms');
  CREATE TYPE "public"."enum_referral_events_profile_income_source" AS ENUM('salary', 'sicknessCompensation', 'socialAssistance', 'unemploymentSupport', 'studentAid', 'none', 'otherIncome');
  CREATE TYPE "public"."enum_referral_events_profile_support_years" AS ENUM('noSupport', 'under1', '1to3', 'over3');
  CREATE TYPE "public"."enum_referral_events_profile_education" AS ENUM('primaryShort', 'primary', 'upperSecondaryShort', 'upperSecondary', 'postSecondaryShort', 'postSecondary', 'doctoral', 'unknownEducation');
  CREATE TYPE "public"."enum_fidelity_reviews_scores_item" AS ENUM('caseload', 'dedicatedStaff', 'generalists', 'teamAssignment', 'teamContact', 'agencyCollaboration', 'vocationalUnit', 'supervisor', 'zeroExclusion', 'competitiveFocus', 'leadershipSupport', 'benefitsPlanning', 'disclosure', 'workBasedAssessment', 'rapidSearch', 'individualSearch', 'employerContactFrequency', 'employerContactQuality', 'jobTypeDiversity', 'employerDiversity', 'competitiveJobs', 'individualFollowAlong', 'unlimitedFollowAlong', 'communityBased', 'assertiveOutreach');
  CREATE TYPE "public"."enum_fidelity_reviews_band" AS ENUM('exemplary', 'good', 'fair', 'notIps');
  ALTER TYPE "public"."_locales" ADD VALUE 'fi';
  ALTER TYPE "public"."enum_documents_language" ADD VALUE 'fi';
  ALTER TYPE "public"."enum__pages_v_published_locale" ADD VALUE 'fi';
  ALTER TYPE "public"."enum_referral_forms_steps_questions_field" ADD VALUE 'statusUpdates';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'profile' BEFORE 'applicantUpdate';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'residentUpdateSent';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'residentUpdateFailed';
  ALTER TYPE "public"."enum__events_v_published_locale" ADD VALUE 'fi';
  ALTER TYPE "public"."enum_outreach_activities_landing_locale" ADD VALUE 'fi';
  ALTER TYPE "public"."enum__stories_v_published_locale" ADD VALUE 'fi';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'residentUpdate';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'residentUpdate';
  CREATE TABLE "services_expected_participants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"count" numeric NOT NULL
  );
  
  CREATE TABLE "referrals_applicant_status_updates" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_referrals_applicant_status_updates",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
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
  
  ALTER TABLE "referrals" ADD COLUMN "status_token" varchar;
  ALTER TABLE "referral_events" ADD COLUMN "profile_income_source" "enum_referral_events_profile_income_source";
  ALTER TABLE "referral_events" ADD COLUMN "profile_monthly_income" numeric;
  ALTER TABLE "referral_events" ADD COLUMN "profile_support_years" "enum_referral_events_profile_support_years";
  ALTER TABLE "referral_events" ADD COLUMN "profile_education" "enum_referral_events_profile_education";
  ALTER TABLE "referral_events" ADD COLUMN "profile_birth_year" numeric;
  ALTER TABLE "referral_events" ADD COLUMN "profile_age_at_enrolment" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "fidelity_reviews_id" integer;
  ALTER TABLE "services_expected_participants" ADD CONSTRAINT "services_expected_participants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referrals_applicant_status_updates" ADD CONSTRAINT "referrals_applicant_status_updates_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fidelity_reviews_reviewers" ADD CONSTRAINT "fidelity_reviews_reviewers_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fidelity_reviews_reviewers" ADD CONSTRAINT "fidelity_reviews_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fidelity_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fidelity_reviews_scores" ADD CONSTRAINT "fidelity_reviews_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fidelity_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fidelity_reviews" ADD CONSTRAINT "fidelity_reviews_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "services_expected_participants_order_idx" ON "services_expected_participants" USING btree ("_order");
  CREATE INDEX "services_expected_participants_parent_id_idx" ON "services_expected_participants" USING btree ("_parent_id");
  CREATE INDEX "referrals_applicant_status_updates_order_idx" ON "referrals_applicant_status_updates" USING btree ("order");
  CREATE INDEX "referrals_applicant_status_updates_parent_idx" ON "referrals_applicant_status_updates" USING btree ("parent_id");
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
   ALTER TABLE "services_expected_participants" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "referrals_applicant_status_updates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "fidelity_reviews_reviewers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "fidelity_reviews_scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "fidelity_reviews" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "services_expected_participants" CASCADE;
  DROP TABLE "referrals_applicant_status_updates" CASCADE;
  DROP TABLE "fidelity_reviews_reviewers" CASCADE;
  DROP TABLE "fidelity_reviews_scores" CASCADE;
  DROP TABLE "fidelity_reviews" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_fidelity_reviews_fk";
  
  ALTER TABLE "media_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "pages_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_pages_v_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "services_what_you_get" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "services_how_it_works" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "services_principles" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "services_eligibility_questions_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "services_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "referral_forms_steps_questions_options_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "referral_forms_steps_questions_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "referral_forms_steps_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "referral_forms_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "events_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_events_v_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "stories_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_stories_v_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  DROP TYPE "public"."_locales";
  CREATE TYPE "public"."_locales" AS ENUM('sv', 'lattlast', 'en', 'ar');
  ALTER TABLE "media_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "pages_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "services_what_you_get" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "services_how_it_works" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "services_principles" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "services_eligibility_questions_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "services_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "referral_forms_steps_questions_options_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "referral_forms_steps_questions_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "referral_forms_steps_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "referral_forms_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "events_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_events_v_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "stories_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_stories_v_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "documents" ALTER COLUMN "language" SET DATA TYPE text;
  ALTER TABLE "documents" ALTER COLUMN "language" SET DEFAULT 'sv'::text;
  DROP TYPE "public"."enum_documents_language";
  CREATE TYPE "public"."enum_documents_language" AS ENUM('sv', 'lattlast', 'en', 'ar');
  ALTER TABLE "documents" ALTER COLUMN "language" SET DEFAULT 'sv'::"public"."enum_documents_language";
  ALTER TABLE "documents" ALTER COLUMN "language" SET DATA TYPE "public"."enum_documents_language" USING "language"::"public"."enum_documents_language";
  ALTER TABLE "_pages_v" ALTER COLUMN "published_locale" SET DATA TYPE text;
  DROP TYPE "public"."enum__pages_v_published_locale";
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('sv', 'lattlast', 'en', 'ar');
  ALTER TABLE "_pages_v" ALTER COLUMN "published_locale" SET DATA TYPE "public"."enum__pages_v_published_locale" USING "published_locale"::"public"."enum__pages_v_published_locale";
  ALTER TABLE "referral_forms_steps_questions" ALTER COLUMN "field" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_forms_steps_questions_field";
  CREATE TYPE "public"."enum_referral_forms_steps_questions_field" AS ENUM('referrerKind', 'referrerName', 'referrerOrganisation', 'referrerPhone', 'referrerEmail', 'name', 'phone', 'email', 'contactChannels', 'bestTimeToContact', 'dateOfBirth', 'age', 'gender', 'municipality', 'goals', 'careContacts', 'consentToCollaboration', 'preferredLanguage', 'interpreterNeeded', 'message', 'heardFrom', 'emailConfirmation');
  ALTER TABLE "referral_forms_steps_questions" ALTER COLUMN "field" SET DATA TYPE "public"."enum_referral_forms_steps_questions_field" USING "field"::"public"."enum_referral_forms_steps_questions_field";
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_events_type";
  CREATE TYPE "public"."enum_referral_events_type" AS ENUM('submitted', 'statusChange', 'moved', 'assigned', 'duplicateDismissed', 'note', 'contactAttempt', 'reassessment', 'consent', 'employerContact', 'actionPlan', 'workStart', 'workEnd', 'applicantUpdate', 'contactRequested');
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_referral_events_type" USING "type"::"public"."enum_referral_events_type";
  ALTER TABLE "_events_v" ALTER COLUMN "published_locale" SET DATA TYPE text;
  DROP TYPE "public"."enum__events_v_published_locale";
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('sv', 'lattlast', 'en', 'ar');
  ALTER TABLE "_events_v" ALTER COLUMN "published_locale" SET DATA TYPE "public"."enum__events_v_published_locale" USING "published_locale"::"public"."enum__events_v_published_locale";
  ALTER TABLE "outreach_activities" ALTER COLUMN "landing_locale" SET DATA TYPE text;
  ALTER TABLE "outreach_activities" ALTER COLUMN "landing_locale" SET DEFAULT 'sv'::text;
  DROP TYPE "public"."enum_outreach_activities_landing_locale";
  CREATE TYPE "public"."enum_outreach_activities_landing_locale" AS ENUM('sv', 'lattlast', 'en', 'ar');
  ALTER TABLE "outreach_activities" ALTER COLUMN "landing_locale" SET DEFAULT 'sv'::"public"."enum_outreach_activities_landing_locale";
  ALTER TABLE "outreach_activities" ALTER COLUMN "landing_locale" SET DATA TYPE "public"."enum_outreach_activities_landing_locale" USING "landing_locale"::"public"."enum_outreach_activities_landing_locale";
  ALTER TABLE "_stories_v" ALTER COLUMN "published_locale" SET DATA TYPE text;
  DROP TYPE "public"."enum__stories_v_published_locale";
  CREATE TYPE "public"."enum__stories_v_published_locale" AS ENUM('sv', 'lattlast', 'en', 'ar');
  ALTER TABLE "_stories_v" ALTER COLUMN "published_locale" SET DATA TYPE "public"."enum__stories_v_published_locale" USING "published_locale"::"public"."enum__stories_v_published_locale";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'retention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'retention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_fidelity_reviews_id_idx";
  ALTER TABLE "referrals" DROP COLUMN "status_token";
  ALTER TABLE "referral_events" DROP COLUMN "profile_income_source";
  ALTER TABLE "referral_events" DROP COLUMN "profile_monthly_income";
  ALTER TABLE "referral_events" DROP COLUMN "profile_support_years";
  ALTER TABLE "referral_events" DROP COLUMN "profile_education";
  ALTER TABLE "referral_events" DROP COLUMN "profile_birth_year";
  ALTER TABLE "referral_events" DROP COLUMN "profile_age_at_enrolment";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "fidelity_reviews_id";
  DROP TYPE "public"."enum_referrals_applicant_status_updates";
  DROP TYPE "public"."enum_referral_events_profile_income_source";
  DROP TYPE "public"."enum_referral_events_profile_support_years";
  DROP TYPE "public"."enum_referral_events_profile_education";
  DROP TYPE "public"."enum_fidelity_reviews_scores_item";
  DROP TYPE "public"."enum_fidelity_reviews_band";`)
}
