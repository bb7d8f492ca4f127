import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_referral_access_log_read_collection" AS ENUM('referrals', 'referral-events');
  CREATE TYPE "public"."enum_referral_access_log_operation" AS ENUM('find', 'findByID', 'count', 'findDistinct', 'queue');
  CREATE TYPE "public"."enum_referral_access_log_through" AS ENUM('rest', 'admin', 'local', 'graphql');
  CREATE TABLE "referral_access_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"record_id" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"user_id" numeric NOT NULL,
  	"user_email" varchar,
  	"referral_id" numeric,
  	"referral_reference" varchar,
  	"read_collection" "enum_referral_access_log_read_collection" NOT NULL,
  	"operation" "enum_referral_access_log_operation" NOT NULL,
  	"through" "enum_referral_access_log_through" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE UNIQUE INDEX "referral_access_log_record_id_idx" ON "referral_access_log" USING btree ("record_id");
  CREATE INDEX "referral_access_log_at_idx" ON "referral_access_log" USING btree ("at");
  CREATE INDEX "referral_access_log_referral_id_idx" ON "referral_access_log" USING btree ("referral_id");
  CREATE INDEX "referral_access_log_updated_at_idx" ON "referral_access_log" USING btree ("updated_at");
  CREATE INDEX "referral_access_log_created_at_idx" ON "referral_access_log" USING btree ("created_at");
  CREATE INDEX "referralReference_at_idx" ON "referral_access_log" USING btree ("referral_reference","at");`)

  // The read audit is append-only in the database too: no UPDATE, DELETE or TRUNCATE, whoever asks,
  // so not even a bug in the CMS can change or remove an entry. (A table owner can still disable the
  // trigger on purpose, e.g. for a decided retention of the log itself; that is an act of its own.)
  await db.execute(sql`
   CREATE FUNCTION "referral_access_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'referral_access_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
   END
   $$;
  CREATE TRIGGER "referral_access_log_no_update_or_delete" BEFORE UPDATE OR DELETE ON "referral_access_log"
    FOR EACH ROW EXECUTE FUNCTION "referral_access_log_append_only"();
  CREATE TRIGGER "referral_access_log_no_truncate" BEFORE TRUNCATE ON "referral_access_log"
    FOR EACH STATEMENT EXECUTE FUNCTION "referral_access_log_append_only"();`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER "referral_access_log_no_truncate" ON "referral_access_log";
  DROP TRIGGER "referral_access_log_no_update_or_delete" ON "referral_access_log";
  DROP FUNCTION "referral_access_log_append_only"();
  DROP TABLE "referral_access_log" CASCADE;
  DROP TYPE "public"."enum_referral_access_log_read_collection";
  DROP TYPE "public"."enum_referral_access_log_operation";
  DROP TYPE "public"."enum_referral_access_log_through";`)
}
