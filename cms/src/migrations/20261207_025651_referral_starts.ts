import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * `referral_starts`: each job or study start (`workStart` record) of a referral the report counts (not
 * merged), with what the follow-up report and the socio-economic estimate read of it: the referral's
 * service, gender and reference as they are now, the start's kind, sector and amounts, the day its
 * `workEnd` record says it ended, and the referral's latest profile (income and housing support before).
 * The report counts a period's starts, and the estimate finds who was still working, from one range of
 * one index, instead of looking up each start's referral, end and profile: thousands of lookups a year.
 *
 * Kept by the database as `referral_stays` is (its choices as text, so that no enum Payload migrates
 * depends on it): triggers rebuild a referral's starts whenever its starts, ends or profiles, or its
 * service, gender, reference or merging change, whatever writes them (the CMS, an import, retention, a
 * bulk load). The lookup index of referrals by key that the two reads used (migration
 * report_referral_keys) has no reader left and goes.
 */
const referralKeyIndex = `
  CREATE INDEX "referrals_report_key_idx" ON "referrals" ("id")
    INCLUDE ("service_id", "applicant_gender", "reference") WHERE "status" <> 'merged';`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  CREATE TABLE "referral_starts" (
    "id" integer PRIMARY KEY,
    "referral_id" integer NOT NULL REFERENCES "referrals"("id") ON DELETE CASCADE,
    "service_id" integer,
    "gender" text,
    "reference" text NOT NULL,
    "day" date,
    "end_day" date,
    "kind" text,
    "school_kind" text,
    "sector" text,
    "monthly_salary" numeric,
    "monthly_wage_subsidy" numeric,
    "housing_support_hours" numeric,
    "profile_income_source" text,
    "profile_monthly_income" numeric,
    "profile_housing_support_hours" numeric
  );
  CREATE INDEX "referral_starts_referral_idx" ON "referral_starts" ("referral_id");
  -- The starts of a period, with what the report counts them by.
  CREATE INDEX "referral_starts_day_idx" ON "referral_starts" ("day")
    INCLUDE ("service_id", "gender", "kind", "school_kind", "sector", "end_day");

  CREATE FUNCTION "refresh_referral_starts"("ids" integer[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM "referral_starts" s USING unnest("ids") AS c("id") WHERE s."referral_id" = c."id";
    INSERT INTO "referral_starts"
    SELECT e."id", e."referral_id", r."service_id", r."applicant_gender"::text, r."reference", e."date"::date, ended."day",
      e."work_start_kind"::text, e."work_start_school_kind"::text, e."work_start_sector"::text, e."work_start_monthly_salary",
      e."work_start_monthly_wage_subsidy", e."work_start_housing_support_hours",
      pr."profile_income_source", pr."profile_monthly_income", pr."profile_housing_support_hours"
    FROM (SELECT DISTINCT unnest("ids") AS "id") c
      JOIN "referrals" r ON r."id" = c."id" AND r."status" <> 'merged'
      JOIN "referral_events" e ON e."referral_id" = c."id" AND e."type" = 'workStart'
      LEFT JOIN LATERAL (
        SELECT min(x."date")::date AS "day" FROM "referral_events" x WHERE x."type" = 'workEnd' AND x."work_end_start_id" = e."id"
      ) ended ON true
      LEFT JOIN LATERAL (
        SELECT p."profile_income_source"::text, p."profile_monthly_income", p."profile_housing_support_hours"
        FROM "referral_events" p WHERE p."referral_id" = c."id" AND p."type" = 'profile'
        ORDER BY p."at" DESC NULLS LAST, p."id" DESC NULLS LAST LIMIT 1
      ) pr ON true;
  $$;

  CREATE FUNCTION "referral_starts_on_events"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN
      DELETE FROM "referral_starts";
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM "refresh_referral_starts"(ARRAY(
        SELECT "referral_id" FROM "new" WHERE "type" IN ('workStart', 'workEnd', 'profile')));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM "refresh_referral_starts"(ARRAY(
        SELECT "referral_id" FROM "old" WHERE "type" IN ('workStart', 'workEnd', 'profile')));
    ELSE
      PERFORM "refresh_referral_starts"(ARRAY(
        SELECT "referral_id" FROM "old" WHERE "type" IN ('workStart', 'workEnd', 'profile')
        UNION SELECT "referral_id" FROM "new" WHERE "type" IN ('workStart', 'workEnd', 'profile')));
    END IF;
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "referral_starts_on_event_insert" AFTER INSERT ON "referral_events"
    REFERENCING NEW TABLE AS "new" FOR EACH STATEMENT EXECUTE FUNCTION "referral_starts_on_events"();
  CREATE TRIGGER "referral_starts_on_event_update" AFTER UPDATE ON "referral_events"
    REFERENCING OLD TABLE AS "old" NEW TABLE AS "new" FOR EACH STATEMENT EXECUTE FUNCTION "referral_starts_on_events"();
  CREATE TRIGGER "referral_starts_on_event_delete" AFTER DELETE ON "referral_events"
    REFERENCING OLD TABLE AS "old" FOR EACH STATEMENT EXECUTE FUNCTION "referral_starts_on_events"();
  CREATE TRIGGER "referral_starts_on_event_truncate" AFTER TRUNCATE ON "referral_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "referral_starts_on_events"();

  CREATE FUNCTION "referral_starts_on_referral"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM "refresh_referral_starts"(ARRAY[NEW."id"]);
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "referral_starts_on_referral_update" AFTER UPDATE ON "referrals" FOR EACH ROW
    WHEN ((OLD."service_id", OLD."applicant_gender", OLD."reference", OLD."status" = 'merged')
      IS DISTINCT FROM (NEW."service_id", NEW."applicant_gender", NEW."reference", NEW."status" = 'merged'))
    EXECUTE FUNCTION "referral_starts_on_referral"();

  SELECT "refresh_referral_starts"(ARRAY(SELECT DISTINCT "referral_id" FROM "referral_events" WHERE "type" = 'workStart'));
  DROP INDEX "referrals_report_key_idx";`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  ${referralKeyIndex}
  DROP TRIGGER "referral_starts_on_referral_update" ON "referrals";
  DROP TRIGGER "referral_starts_on_event_truncate" ON "referral_events";
  DROP TRIGGER "referral_starts_on_event_delete" ON "referral_events";
  DROP TRIGGER "referral_starts_on_event_update" ON "referral_events";
  DROP TRIGGER "referral_starts_on_event_insert" ON "referral_events";
  DROP FUNCTION "referral_starts_on_referral"();
  DROP FUNCTION "referral_starts_on_events"();
  DROP FUNCTION "refresh_referral_starts"(integer[]);
  DROP TABLE "referral_starts";`),
  )
}
