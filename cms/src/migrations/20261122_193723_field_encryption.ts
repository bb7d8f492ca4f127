import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "referrals_applicant_applicant_phone_idx";
  DROP INDEX "referrals_applicant_applicant_email_idx";
  DROP INDEX "referrals_applicant_applicant_date_of_birth_idx";
  ALTER TABLE "referrals" ADD COLUMN "person_lookup_name_and_birth" varchar;
  ALTER TABLE "referrals" ADD COLUMN "person_lookup_phone" varchar;
  ALTER TABLE "referrals" ADD COLUMN "person_lookup_email" varchar;
  CREATE INDEX "referrals_person_lookup_person_lookup_name_and_birth_idx" ON "referrals" USING btree ("person_lookup_name_and_birth");
  CREATE INDEX "referrals_person_lookup_person_lookup_phone_idx" ON "referrals" USING btree ("person_lookup_phone");
  CREATE INDEX "referrals_person_lookup_person_lookup_email_idx" ON "referrals" USING btree ("person_lookup_email");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "referrals_person_lookup_person_lookup_name_and_birth_idx";
  DROP INDEX "referrals_person_lookup_person_lookup_phone_idx";
  DROP INDEX "referrals_person_lookup_person_lookup_email_idx";
  CREATE INDEX "referrals_applicant_applicant_phone_idx" ON "referrals" USING btree ("applicant_phone");
  CREATE INDEX "referrals_applicant_applicant_email_idx" ON "referrals" USING btree ("applicant_email");
  CREATE INDEX "referrals_applicant_applicant_date_of_birth_idx" ON "referrals" USING btree ("applicant_date_of_birth");
  ALTER TABLE "referrals" DROP COLUMN "person_lookup_name_and_birth";
  ALTER TABLE "referrals" DROP COLUMN "person_lookup_phone";
  ALTER TABLE "referrals" DROP COLUMN "person_lookup_email";`)
}
