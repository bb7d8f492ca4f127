import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Each referral's first employer contact and first job or study start (the earliest `date` of its
 * `employerContact` and `workStart` records), kept on the referral by the database: the follow-up
 * report counts the days from enrolment to them by reading the referrals whose first one falls in the
 * period from an index, rather than finding every referral's first records of all time in every report.
 *
 * Columns Payload does not know (it never writes them), kept by triggers on the records whatever writes
 * them (the CMS, an import, retention, a bulk load), as `referral_stays` is.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "referrals"
    ADD COLUMN "report_first_employer_contact_day" date,
    ADD COLUMN "report_first_start_day" date;

  CREATE FUNCTION "refresh_referral_milestones"("ids" integer[]) RETURNS void LANGUAGE sql AS $$
    UPDATE "referrals" r SET "report_first_employer_contact_day" = m."contact", "report_first_start_day" = m."start"
    FROM (
      SELECT c."id",
        (SELECT min(e."date")::date FROM "referral_events" e WHERE e."type" = 'employerContact' AND e."referral_id" = c."id") AS "contact",
        (SELECT min(e."date")::date FROM "referral_events" e WHERE e."type" = 'workStart' AND e."referral_id" = c."id") AS "start"
      FROM (SELECT DISTINCT unnest("ids") AS "id") c
    ) m
    WHERE r."id" = m."id"
      AND (r."report_first_employer_contact_day", r."report_first_start_day") IS DISTINCT FROM (m."contact", m."start");
  $$;

  CREATE FUNCTION "referral_milestones_on_events"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN
      UPDATE "referrals" SET "report_first_employer_contact_day" = NULL, "report_first_start_day" = NULL
      WHERE "report_first_employer_contact_day" IS NOT NULL OR "report_first_start_day" IS NOT NULL;
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM "refresh_referral_milestones"(ARRAY(
        SELECT "referral_id" FROM "new" WHERE "type" IN ('employerContact', 'workStart')));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM "refresh_referral_milestones"(ARRAY(
        SELECT "referral_id" FROM "old" WHERE "type" IN ('employerContact', 'workStart')));
    ELSE
      PERFORM "refresh_referral_milestones"(ARRAY(
        SELECT "referral_id" FROM "old" WHERE "type" IN ('employerContact', 'workStart')
        UNION SELECT "referral_id" FROM "new" WHERE "type" IN ('employerContact', 'workStart')));
    END IF;
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "referral_milestones_on_event_insert" AFTER INSERT ON "referral_events"
    REFERENCING NEW TABLE AS "new" FOR EACH STATEMENT EXECUTE FUNCTION "referral_milestones_on_events"();
  CREATE TRIGGER "referral_milestones_on_event_update" AFTER UPDATE ON "referral_events"
    REFERENCING OLD TABLE AS "old" NEW TABLE AS "new" FOR EACH STATEMENT EXECUTE FUNCTION "referral_milestones_on_events"();
  CREATE TRIGGER "referral_milestones_on_event_delete" AFTER DELETE ON "referral_events"
    REFERENCING OLD TABLE AS "old" FOR EACH STATEMENT EXECUTE FUNCTION "referral_milestones_on_events"();
  CREATE TRIGGER "referral_milestones_on_event_truncate" AFTER TRUNCATE ON "referral_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "referral_milestones_on_events"();

  SELECT "refresh_referral_milestones"(ARRAY(
    SELECT DISTINCT "referral_id" FROM "referral_events" WHERE "type" IN ('employerContact', 'workStart')));

  CREATE INDEX "referrals_first_employer_contact_report_idx" ON "referrals" ("report_first_employer_contact_day")
    INCLUDE ("service_id", "report_enrolled_day") WHERE "status" <> 'merged';
  CREATE INDEX "referrals_first_start_report_idx" ON "referrals" ("report_first_start_day")
    INCLUDE ("service_id", "report_enrolled_day") WHERE "status" <> 'merged';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER "referral_milestones_on_event_truncate" ON "referral_events";
  DROP TRIGGER "referral_milestones_on_event_delete" ON "referral_events";
  DROP TRIGGER "referral_milestones_on_event_update" ON "referral_events";
  DROP TRIGGER "referral_milestones_on_event_insert" ON "referral_events";
  DROP FUNCTION "referral_milestones_on_events"();
  DROP FUNCTION "refresh_referral_milestones"(integer[]);
  ALTER TABLE "referrals" DROP COLUMN "report_first_employer_contact_day", DROP COLUMN "report_first_start_day";`)
}
