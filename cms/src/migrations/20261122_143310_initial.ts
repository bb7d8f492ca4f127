import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('sv', 'lattlast', 'en', 'ar');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'intake');
  CREATE TYPE "public"."enum_services_eligibility_municipalities" AS ENUM('0381', '1480', '0331', '2184', '0330', '0180', '0360', '0380', '0319', '0382');
  CREATE TYPE "public"."enum_services_eligibility_care_contact_any_of" AS ENUM('psychiatry', 'primaryCare', 'habilitation', 'socialPsychiatry');
  CREATE TYPE "public"."enum_services_eligibility_goal_any_of" AS ENUM('work', 'studies');
  CREATE TYPE "public"."enum_services_method" AS ENUM('ips', 'sed', 'se', 'other');
  CREATE TYPE "public"."enum_services_status" AS ENUM('open', 'paused', 'closed');
  CREATE TYPE "public"."enum_referrals_applicant_contact_channels" AS ENUM('phone', 'sms', 'email');
  CREATE TYPE "public"."enum_referrals_goals" AS ENUM('work', 'studies');
  CREATE TYPE "public"."enum_referrals_care_contacts" AS ENUM('psychiatry', 'primaryCare', 'habilitation', 'socialPsychiatry');
  CREATE TYPE "public"."enum_referrals_status" AS ENUM('received', 'screened', 'waiting', 'firstContact', 'onHold', 'enrolled', 'active', 'closed', 'redirected', 'declined', 'withdrawn');
  CREATE TYPE "public"."enum_referrals_outcome" AS ENUM('workWithoutSubsidy', 'workWithSubsidy', 'ownBusiness', 'studies', 'workAndStudies', 'jobSeeking', 'meaningfulOccupation', 'other');
  CREATE TYPE "public"."enum_referrals_priority" AS ENUM('normal', 'high');
  CREATE TYPE "public"."enum_referrals_applicant_gender" AS ENUM('woman', 'man', 'other', 'notStated');
  CREATE TYPE "public"."enum_referrals_referrer_kind" AS ENUM('self', 'relative', 'professional');
  CREATE TYPE "public"."enum_referrals_source" AS ENUM('self', 'psychiatry', 'primaryCare', 'socialServices', 'fk', 'af', 'school', 'other');
  CREATE TYPE "public"."enum_referrals_heard_from" AS ENUM('psychiatry', 'primaryCare', 'socialServices', 'fk', 'af', 'school', 'friendOrFamily', 'socialMedia', 'event', 'web', 'other');
  CREATE TYPE "public"."enum_referrals_eligibility_overall" AS ENUM('fits', 'mayNotFit', 'needsMoreInfo');
  CREATE TYPE "public"."enum_referral_forms_steps_questions_kind" AS ENUM('standard', 'yesNo', 'choice', 'shortText');
  CREATE TYPE "public"."enum_referral_forms_steps_questions_field" AS ENUM('referrerKind', 'referrerName', 'referrerOrganisation', 'referrerPhone', 'referrerEmail', 'name', 'phone', 'email', 'contactChannels', 'bestTimeToContact', 'dateOfBirth', 'age', 'gender', 'municipality', 'goals', 'careContacts', 'consentToCollaboration', 'preferredLanguage', 'interpreterNeeded', 'message', 'heardFrom', 'emailConfirmation');
  CREATE TYPE "public"."enum_referral_events_type" AS ENUM('submitted', 'statusChange', 'note', 'contactAttempt', 'reassessment', 'consent');
  CREATE TYPE "public"."enum_referral_events_from_status" AS ENUM('received', 'screened', 'waiting', 'firstContact', 'onHold', 'enrolled', 'active', 'closed', 'redirected', 'declined', 'withdrawn');
  CREATE TYPE "public"."enum_referral_events_to_status" AS ENUM('received', 'screened', 'waiting', 'firstContact', 'onHold', 'enrolled', 'active', 'closed', 'redirected', 'declined', 'withdrawn');
  CREATE TYPE "public"."enum_referral_events_outcome" AS ENUM('workWithoutSubsidy', 'workWithSubsidy', 'ownBusiness', 'studies', 'workAndStudies', 'jobSeeking', 'meaningfulOccupation', 'other');
  CREATE TYPE "public"."enum_referral_events_contact_channel" AS ENUM('phone', 'sms', 'email', 'letter', 'meeting');
  CREATE TYPE "public"."enum_referral_events_contact_result" AS ENUM('reached', 'noAnswer', 'leftMessage', 'wrongNumber');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'intake' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
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
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "services_what_you_get" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "services_how_it_works" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "services_principles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "services_eligibility_municipalities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_eligibility_municipalities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_eligibility_care_contact_any_of" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_eligibility_care_contact_any_of",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_eligibility_goal_any_of" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_eligibility_goal_any_of",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_eligibility_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question_id" varchar NOT NULL,
  	"expected" boolean DEFAULT true
  );
  
  CREATE TABLE "services_eligibility_questions_locales" (
  	"question" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"method" "enum_services_method" NOT NULL,
  	"status" "enum_services_status" DEFAULT 'open' NOT NULL,
  	"eligibility_age_min" numeric,
  	"eligibility_age_max" numeric,
  	"eligibility_consent_required" boolean,
  	"provider" varchar,
  	"municipality_code" varchar,
  	"municipality_name" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_address" varchar,
  	"caseload_target" numeric DEFAULT 20,
  	"intake_email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "services_locales" (
  	"name" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"who_for" varchar,
  	"eligibility_source" varchar,
  	"contact_opening_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "services_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "referrals_applicant_contact_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_referrals_applicant_contact_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "referrals_goals" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_referrals_goals",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "referrals_care_contacts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_referrals_care_contacts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "referrals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"service_id" integer NOT NULL,
  	"form_id" integer,
  	"status" "enum_referrals_status" DEFAULT 'received' NOT NULL,
  	"outcome" "enum_referrals_outcome",
  	"redirect_target" varchar,
  	"priority" "enum_referrals_priority" DEFAULT 'normal' NOT NULL,
  	"assignee_id" integer,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"status_changed_at" timestamp(3) with time zone,
  	"first_contact_at" timestamp(3) with time zone,
  	"enrolled_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"next_reassessment_at" timestamp(3) with time zone,
  	"applicant_name" varchar NOT NULL,
  	"applicant_phone" varchar,
  	"applicant_email" varchar,
  	"applicant_date_of_birth" varchar,
  	"applicant_age" numeric,
  	"applicant_gender" "enum_referrals_applicant_gender" DEFAULT 'notStated',
  	"applicant_municipality" varchar,
  	"applicant_best_time_to_contact" varchar,
  	"applicant_preferred_language" varchar,
  	"applicant_interpreter_needed" boolean,
  	"applicant_email_confirmation" boolean,
  	"applicant_message" varchar,
  	"referrer_kind" "enum_referrals_referrer_kind" DEFAULT 'self',
  	"referrer_name" varchar,
  	"referrer_organisation" varchar,
  	"referrer_phone" varchar,
  	"referrer_email" varchar,
  	"consent_collaboration" boolean,
  	"consent_partners" varchar,
  	"consent_form_version" varchar,
  	"consent_recorded_at" timestamp(3) with time zone,
  	"consent_withdrawn_at" timestamp(3) with time zone,
  	"source" "enum_referrals_source",
  	"heard_from" "enum_referrals_heard_from",
  	"locale" varchar,
  	"custom_answers" jsonb,
  	"eligibility_overall" "enum_referrals_eligibility_overall",
  	"eligibility" jsonb,
  	"idempotency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "referral_forms_steps_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "referral_forms_steps_questions_options_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "referral_forms_steps_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_referral_forms_steps_questions_kind" DEFAULT 'standard' NOT NULL,
  	"field" "enum_referral_forms_steps_questions_field",
  	"key" varchar,
  	"required" boolean,
  	"max_length" numeric,
  	"multiple" boolean,
  	"show_when_question" varchar,
  	"show_when_equals" varchar
  );
  
  CREATE TABLE "referral_forms_steps_questions_locales" (
  	"label" varchar,
  	"hint" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "referral_forms_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step_id" varchar NOT NULL
  );
  
  CREATE TABLE "referral_forms_steps_locales" (
  	"title" varchar NOT NULL,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "referral_forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"service_id" integer NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "referral_forms_locales" (
  	"title" varchar NOT NULL,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "referral_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"referral_id" integer NOT NULL,
  	"type" "enum_referral_events_type" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor_id" integer,
  	"from_status" "enum_referral_events_from_status",
  	"to_status" "enum_referral_events_to_status",
  	"reason" varchar,
  	"outcome" "enum_referral_events_outcome",
  	"target" varchar,
  	"note" varchar,
  	"contact_channel" "enum_referral_events_contact_channel",
  	"contact_result" "enum_referral_events_contact_result",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"media_id" integer,
  	"services_id" integer,
  	"referrals_id" integer,
  	"referral_forms_id" integer,
  	"referral_events_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_what_you_get" ADD CONSTRAINT "services_what_you_get_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_how_it_works" ADD CONSTRAINT "services_how_it_works_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_principles" ADD CONSTRAINT "services_principles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_eligibility_municipalities" ADD CONSTRAINT "services_eligibility_municipalities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_eligibility_care_contact_any_of" ADD CONSTRAINT "services_eligibility_care_contact_any_of_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_eligibility_goal_any_of" ADD CONSTRAINT "services_eligibility_goal_any_of_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_eligibility_questions" ADD CONSTRAINT "services_eligibility_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_eligibility_questions_locales" ADD CONSTRAINT "services_eligibility_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_eligibility_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_locales" ADD CONSTRAINT "services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_texts" ADD CONSTRAINT "services_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referrals_applicant_contact_channels" ADD CONSTRAINT "referrals_applicant_contact_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referrals_goals" ADD CONSTRAINT "referrals_goals_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referrals_care_contacts" ADD CONSTRAINT "referrals_care_contacts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_form_id_referral_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."referral_forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referral_forms_steps_questions_options" ADD CONSTRAINT "referral_forms_steps_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."referral_forms_steps_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referral_forms_steps_questions_options_locales" ADD CONSTRAINT "referral_forms_steps_questions_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."referral_forms_steps_questions_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referral_forms_steps_questions" ADD CONSTRAINT "referral_forms_steps_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."referral_forms_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referral_forms_steps_questions_locales" ADD CONSTRAINT "referral_forms_steps_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."referral_forms_steps_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referral_forms_steps" ADD CONSTRAINT "referral_forms_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."referral_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referral_forms_steps_locales" ADD CONSTRAINT "referral_forms_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."referral_forms_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referral_forms" ADD CONSTRAINT "referral_forms_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referral_forms_locales" ADD CONSTRAINT "referral_forms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."referral_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_referrals_fk" FOREIGN KEY ("referrals_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_referral_forms_fk" FOREIGN KEY ("referral_forms_id") REFERENCES "public"."referral_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_referral_events_fk" FOREIGN KEY ("referral_events_id") REFERENCES "public"."referral_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_services_id_idx" ON "users_rels" USING btree ("services_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_what_you_get_order_idx" ON "services_what_you_get" USING btree ("_order");
  CREATE INDEX "services_what_you_get_parent_id_idx" ON "services_what_you_get" USING btree ("_parent_id");
  CREATE INDEX "services_what_you_get_locale_idx" ON "services_what_you_get" USING btree ("_locale");
  CREATE INDEX "services_how_it_works_order_idx" ON "services_how_it_works" USING btree ("_order");
  CREATE INDEX "services_how_it_works_parent_id_idx" ON "services_how_it_works" USING btree ("_parent_id");
  CREATE INDEX "services_how_it_works_locale_idx" ON "services_how_it_works" USING btree ("_locale");
  CREATE INDEX "services_principles_order_idx" ON "services_principles" USING btree ("_order");
  CREATE INDEX "services_principles_parent_id_idx" ON "services_principles" USING btree ("_parent_id");
  CREATE INDEX "services_principles_locale_idx" ON "services_principles" USING btree ("_locale");
  CREATE INDEX "services_eligibility_municipalities_order_idx" ON "services_eligibility_municipalities" USING btree ("order");
  CREATE INDEX "services_eligibility_municipalities_parent_idx" ON "services_eligibility_municipalities" USING btree ("parent_id");
  CREATE INDEX "services_eligibility_care_contact_any_of_order_idx" ON "services_eligibility_care_contact_any_of" USING btree ("order");
  CREATE INDEX "services_eligibility_care_contact_any_of_parent_idx" ON "services_eligibility_care_contact_any_of" USING btree ("parent_id");
  CREATE INDEX "services_eligibility_goal_any_of_order_idx" ON "services_eligibility_goal_any_of" USING btree ("order");
  CREATE INDEX "services_eligibility_goal_any_of_parent_idx" ON "services_eligibility_goal_any_of" USING btree ("parent_id");
  CREATE INDEX "services_eligibility_questions_order_idx" ON "services_eligibility_questions" USING btree ("_order");
  CREATE INDEX "services_eligibility_questions_parent_id_idx" ON "services_eligibility_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_eligibility_questions_locales_locale_parent_id_uniq" ON "services_eligibility_questions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "services_slug_idx" ON "services" USING btree ("slug");
  CREATE INDEX "services_updated_at_idx" ON "services" USING btree ("updated_at");
  CREATE INDEX "services_created_at_idx" ON "services" USING btree ("created_at");
  CREATE UNIQUE INDEX "services_locales_locale_parent_id_unique" ON "services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_texts_order_parent" ON "services_texts" USING btree ("order","parent_id");
  CREATE INDEX "referrals_applicant_contact_channels_order_idx" ON "referrals_applicant_contact_channels" USING btree ("order");
  CREATE INDEX "referrals_applicant_contact_channels_parent_idx" ON "referrals_applicant_contact_channels" USING btree ("parent_id");
  CREATE INDEX "referrals_goals_order_idx" ON "referrals_goals" USING btree ("order");
  CREATE INDEX "referrals_goals_parent_idx" ON "referrals_goals" USING btree ("parent_id");
  CREATE INDEX "referrals_care_contacts_order_idx" ON "referrals_care_contacts" USING btree ("order");
  CREATE INDEX "referrals_care_contacts_parent_idx" ON "referrals_care_contacts" USING btree ("parent_id");
  CREATE UNIQUE INDEX "referrals_reference_idx" ON "referrals" USING btree ("reference");
  CREATE INDEX "referrals_service_idx" ON "referrals" USING btree ("service_id");
  CREATE INDEX "referrals_form_idx" ON "referrals" USING btree ("form_id");
  CREATE INDEX "referrals_status_idx" ON "referrals" USING btree ("status");
  CREATE INDEX "referrals_assignee_idx" ON "referrals" USING btree ("assignee_id");
  CREATE INDEX "referrals_received_at_idx" ON "referrals" USING btree ("received_at");
  CREATE INDEX "referrals_closed_at_idx" ON "referrals" USING btree ("closed_at");
  CREATE INDEX "referrals_next_reassessment_at_idx" ON "referrals" USING btree ("next_reassessment_at");
  CREATE INDEX "referrals_applicant_applicant_phone_idx" ON "referrals" USING btree ("applicant_phone");
  CREATE INDEX "referrals_applicant_applicant_email_idx" ON "referrals" USING btree ("applicant_email");
  CREATE INDEX "referrals_source_idx" ON "referrals" USING btree ("source");
  CREATE INDEX "referrals_heard_from_idx" ON "referrals" USING btree ("heard_from");
  CREATE INDEX "referrals_eligibility_overall_idx" ON "referrals" USING btree ("eligibility_overall");
  CREATE UNIQUE INDEX "referrals_idempotency_key_idx" ON "referrals" USING btree ("idempotency_key");
  CREATE INDEX "referrals_updated_at_idx" ON "referrals" USING btree ("updated_at");
  CREATE INDEX "referrals_created_at_idx" ON "referrals" USING btree ("created_at");
  CREATE INDEX "service_status_receivedAt_idx" ON "referrals" USING btree ("service_id","status","received_at");
  CREATE INDEX "referral_forms_steps_questions_options_order_idx" ON "referral_forms_steps_questions_options" USING btree ("_order");
  CREATE INDEX "referral_forms_steps_questions_options_parent_id_idx" ON "referral_forms_steps_questions_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "referral_forms_steps_questions_options_locales_locale_parent" ON "referral_forms_steps_questions_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "referral_forms_steps_questions_order_idx" ON "referral_forms_steps_questions" USING btree ("_order");
  CREATE INDEX "referral_forms_steps_questions_parent_id_idx" ON "referral_forms_steps_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "referral_forms_steps_questions_locales_locale_parent_id_uniq" ON "referral_forms_steps_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "referral_forms_steps_order_idx" ON "referral_forms_steps" USING btree ("_order");
  CREATE INDEX "referral_forms_steps_parent_id_idx" ON "referral_forms_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "referral_forms_steps_locales_locale_parent_id_unique" ON "referral_forms_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "referral_forms_service_idx" ON "referral_forms" USING btree ("service_id");
  CREATE INDEX "referral_forms_active_idx" ON "referral_forms" USING btree ("active");
  CREATE INDEX "referral_forms_updated_at_idx" ON "referral_forms" USING btree ("updated_at");
  CREATE INDEX "referral_forms_created_at_idx" ON "referral_forms" USING btree ("created_at");
  CREATE UNIQUE INDEX "referral_forms_locales_locale_parent_id_unique" ON "referral_forms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "referral_events_referral_idx" ON "referral_events" USING btree ("referral_id");
  CREATE INDEX "referral_events_at_idx" ON "referral_events" USING btree ("at");
  CREATE INDEX "referral_events_actor_idx" ON "referral_events" USING btree ("actor_id");
  CREATE INDEX "referral_events_to_status_idx" ON "referral_events" USING btree ("to_status");
  CREATE INDEX "referral_events_updated_at_idx" ON "referral_events" USING btree ("updated_at");
  CREATE INDEX "referral_events_created_at_idx" ON "referral_events" USING btree ("created_at");
  CREATE INDEX "referral_at_idx" ON "referral_events" USING btree ("referral_id","at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_services_id_idx" ON "payload_locked_documents_rels" USING btree ("services_id");
  CREATE INDEX "payload_locked_documents_rels_referrals_id_idx" ON "payload_locked_documents_rels" USING btree ("referrals_id");
  CREATE INDEX "payload_locked_documents_rels_referral_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("referral_forms_id");
  CREATE INDEX "payload_locked_documents_rels_referral_events_id_idx" ON "payload_locked_documents_rels" USING btree ("referral_events_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "services_what_you_get" CASCADE;
  DROP TABLE "services_how_it_works" CASCADE;
  DROP TABLE "services_principles" CASCADE;
  DROP TABLE "services_eligibility_municipalities" CASCADE;
  DROP TABLE "services_eligibility_care_contact_any_of" CASCADE;
  DROP TABLE "services_eligibility_goal_any_of" CASCADE;
  DROP TABLE "services_eligibility_questions" CASCADE;
  DROP TABLE "services_eligibility_questions_locales" CASCADE;
  DROP TABLE "services" CASCADE;
  DROP TABLE "services_locales" CASCADE;
  DROP TABLE "services_texts" CASCADE;
  DROP TABLE "referrals_applicant_contact_channels" CASCADE;
  DROP TABLE "referrals_goals" CASCADE;
  DROP TABLE "referrals_care_contacts" CASCADE;
  DROP TABLE "referrals" CASCADE;
  DROP TABLE "referral_forms_steps_questions_options" CASCADE;
  DROP TABLE "referral_forms_steps_questions_options_locales" CASCADE;
  DROP TABLE "referral_forms_steps_questions" CASCADE;
  DROP TABLE "referral_forms_steps_questions_locales" CASCADE;
  DROP TABLE "referral_forms_steps" CASCADE;
  DROP TABLE "referral_forms_steps_locales" CASCADE;
  DROP TABLE "referral_forms" CASCADE;
  DROP TABLE "referral_forms_locales" CASCADE;
  DROP TABLE "referral_events" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_services_eligibility_municipalities";
  DROP TYPE "public"."enum_services_eligibility_care_contact_any_of";
  DROP TYPE "public"."enum_services_eligibility_goal_any_of";
  DROP TYPE "public"."enum_services_method";
  DROP TYPE "public"."enum_services_status";
  DROP TYPE "public"."enum_referrals_applicant_contact_channels";
  DROP TYPE "public"."enum_referrals_goals";
  DROP TYPE "public"."enum_referrals_care_contacts";
  DROP TYPE "public"."enum_referrals_status";
  DROP TYPE "public"."enum_referrals_outcome";
  DROP TYPE "public"."enum_referrals_priority";
  DROP TYPE "public"."enum_referrals_applicant_gender";
  DROP TYPE "public"."enum_referrals_referrer_kind";
  DROP TYPE "public"."enum_referrals_source";
  DROP TYPE "public"."enum_referrals_heard_from";
  DROP TYPE "public"."enum_referrals_eligibility_overall";
  DROP TYPE "public"."enum_referral_forms_steps_questions_kind";
  DROP TYPE "public"."enum_referral_forms_steps_questions_field";
  DROP TYPE "public"."enum_referral_events_type";
  DROP TYPE "public"."enum_referral_events_from_status";
  DROP TYPE "public"."enum_referral_events_to_status";
  DROP TYPE "public"."enum_referral_events_outcome";
  DROP TYPE "public"."enum_referral_events_contact_channel";
  DROP TYPE "public"."enum_referral_events_contact_result";`)
}
