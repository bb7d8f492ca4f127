import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."_locales" ADD VALUE 'fi';
  ALTER TYPE "public"."enum_documents_language" ADD VALUE 'fi';
  ALTER TYPE "public"."enum__pages_v_published_locale" ADD VALUE 'fi';
  ALTER TYPE "public"."enum__events_v_published_locale" ADD VALUE 'fi';
  ALTER TYPE "public"."enum_outreach_activities_landing_locale" ADD VALUE 'fi';
  ALTER TYPE "public"."enum__stories_v_published_locale" ADD VALUE 'fi';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
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
  ALTER TABLE "_stories_v" ALTER COLUMN "published_locale" SET DATA TYPE "public"."enum__stories_v_published_locale" USING "published_locale"::"public"."enum__stories_v_published_locale";`)
}
