import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'applicantUpdate';
  ALTER TYPE "public"."enum_referral_events_type" ADD VALUE 'contactRequested';
  ALTER TYPE "public"."enum_referral_access_log_through" ADD VALUE 'statusPage';
  ALTER TABLE "referrals" ADD COLUMN "contact_requested_at" timestamp(3) with time zone;
  ALTER TABLE "referrals" ADD COLUMN "status_token_hash" varchar;
  ALTER TABLE "partners" ADD COLUMN "contact_phone" varchar;
  ALTER TABLE "partners" ADD COLUMN "contact_email" varchar;
  ALTER TABLE "partners" ADD COLUMN "contact_url" varchar;
  CREATE UNIQUE INDEX "referrals_status_token_hash_idx" ON "referrals" USING btree ("status_token_hash");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_events_type";
  CREATE TYPE "public"."enum_referral_events_type" AS ENUM('submitted', 'statusChange', 'moved', 'assigned', 'duplicateDismissed', 'note', 'contactAttempt', 'reassessment', 'consent');
  ALTER TABLE "referral_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_referral_events_type" USING "type"::"public"."enum_referral_events_type";
  ALTER TABLE "referral_access_log" ALTER COLUMN "through" SET DATA TYPE text;
  DROP TYPE "public"."enum_referral_access_log_through";
  CREATE TYPE "public"."enum_referral_access_log_through" AS ENUM('rest', 'admin', 'local', 'graphql');
  ALTER TABLE "referral_access_log" ALTER COLUMN "through" SET DATA TYPE "public"."enum_referral_access_log_through" USING "through"::"public"."enum_referral_access_log_through";
  DROP INDEX "referrals_status_token_hash_idx";
  ALTER TABLE "referrals" DROP COLUMN "contact_requested_at";
  ALTER TABLE "referrals" DROP COLUMN "status_token_hash";
  ALTER TABLE "partners" DROP COLUMN "contact_phone";
  ALTER TABLE "partners" DROP COLUMN "contact_email";
  ALTER TABLE "partners" DROP COLUMN "contact_url";`)
}
