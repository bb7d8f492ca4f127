import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The stays carry what the report counts each participant by beside the service and gender: the
 * referral's latest profile (its time and its answers) and the day of its first action plan, so that
 * the participants of a period are read from one index range instead of hashing every referral's
 * latest profile and every action plan from the history in every report. A period that ended before
 * the latest profile was recorded looks up the one before it (see the plugin's participants.ts).
 *
 * The stays are rebuilt as before, now also when a profile or an action plan is recorded, changed or
 * deleted. Profile answers are kept as text, as the status and gender are.
 */
const refresh = (facts: boolean) => `
  CREATE OR REPLACE FUNCTION "refresh_referral_stays"("ids" integer[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM "referral_stays" s USING unnest("ids") AS c("id") WHERE s."referral_id" = c."id";
    INSERT INTO "referral_stays" ("referral_id", "service_id", "gender", "received_at", "assignee_id", "phase", "status", "outcome", "started_at", "ended_at", "next_phase"${
      facts
        ? `,
      "profile_at", "profile_income_source", "profile_support_years", "profile_education", "profile_age", "action_plan_day"`
        : ''
    })
    SELECT "referral_id", "service_id", "gender", "received_at", "assignee_id", "phase", "status", "outcome", "at",
      coalesce(lead("at") OVER "stay", 'infinity'), lead("phase") OVER "stay"${
        facts
          ? `,
      "profile_at", "profile_income_source", "profile_support_years", "profile_education", "profile_age", "action_plan_day"`
          : ''
      }
    FROM (
      SELECT e."referral_id", e."id", e."at", r."service_id", r."applicant_gender"::text AS "gender", r."received_at", r."assignee_id",
        e."to_status"::text AS "status", e."outcome"::text AS "outcome", "referral_phase"(e."to_status"::text) AS "phase",
        lag("referral_phase"(e."to_status"::text)) OVER (PARTITION BY e."referral_id" ORDER BY e."at", e."id") AS "previous"${
          facts
            ? `,
        pr."at" AS "profile_at", pr."income" AS "profile_income_source", pr."support" AS "profile_support_years",
        pr."education" AS "profile_education", pr."age" AS "profile_age", ap."day" AS "action_plan_day"`
            : ''
        }
      FROM (SELECT DISTINCT unnest("ids") AS "id") c
        JOIN "referrals" r ON r."id" = c."id"${
          facts
            ? `
        LEFT JOIN LATERAL (
          SELECT p."at", p."profile_income_source"::text AS "income", p."profile_support_years"::text AS "support",
            p."profile_education"::text AS "education", p."profile_age_at_enrolment" AS "age"
          FROM "referral_events" p WHERE p."referral_id" = c."id" AND p."type" = 'profile' AND p."at" IS NOT NULL
          ORDER BY p."at" DESC, p."id" DESC LIMIT 1
        ) pr ON true
        LEFT JOIN LATERAL (
          SELECT min(a."date")::date AS "day" FROM "referral_events" a WHERE a."referral_id" = c."id" AND a."type" = 'actionPlan'
        ) ap ON true`
            : ''
        }
        JOIN "referral_events" e ON e."referral_id" = c."id"
      WHERE e."to_status" IS NOT NULL AND r."status" <> 'merged'
    ) "changes"
    WHERE "previous" IS DISTINCT FROM "phase"
    WINDOW "stay" AS (PARTITION BY "referral_id" ORDER BY "at", "id");
  $$;`

/** The records a stay depends on: status changes, and now profiles and action plans. */
const staysDependOn = (facts: boolean) =>
  facts ? `"to_status" IS NOT NULL OR "type" IN ('profile', 'actionPlan')` : `"to_status" IS NOT NULL`

const onEvents = (facts: boolean) => `
  CREATE OR REPLACE FUNCTION "referral_stays_on_events"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN
      DELETE FROM "referral_stays";
    ELSE
      PERFORM "refresh_referral_stays"(ARRAY(SELECT DISTINCT "referral_id" FROM "changed" WHERE ${staysDependOn(facts)}));
    END IF;
    RETURN NULL;
  END
  $$;`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  ALTER TABLE "referral_stays"
    ADD COLUMN "profile_at" timestamp(3) with time zone,
    ADD COLUMN "profile_income_source" text,
    ADD COLUMN "profile_support_years" text,
    ADD COLUMN "profile_education" text,
    ADD COLUMN "profile_age" numeric,
    ADD COLUMN "action_plan_day" date;
  ${refresh(true)}
  ${onEvents(true)}
  -- Profiles and action plans are records staff add; retention's anonymisation updates records.
  CREATE FUNCTION "referral_stays_on_event_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM "refresh_referral_stays"(ARRAY(
      SELECT "referral_id" FROM "old" WHERE "type" IN ('profile', 'actionPlan')
      UNION SELECT "referral_id" FROM "new" WHERE "type" IN ('profile', 'actionPlan')));
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "referral_stays_on_event_update" AFTER UPDATE ON "referral_events"
    REFERENCING OLD TABLE AS "old" NEW TABLE AS "new" FOR EACH STATEMENT EXECUTE FUNCTION "referral_stays_on_event_changes"();
  SELECT "refresh_referral_stays"(ARRAY(SELECT "id" FROM "referrals"));
  DROP INDEX "referral_stays_participant_idx";
  CREATE INDEX "referral_stays_participant_idx" ON "referral_stays" ("ended_at")
    INCLUDE ("started_at", "service_id", "gender", "assignee_id", "referral_id", "next_phase", "profile_at",
      "profile_income_source", "profile_support_years", "profile_education", "profile_age", "action_plan_day")
    WHERE "phase" = 'participant';`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  DROP TRIGGER "referral_stays_on_event_update" ON "referral_events";
  DROP FUNCTION "referral_stays_on_event_changes"();
  ${onEvents(false)}
  ${refresh(false)}
  DROP INDEX "referral_stays_participant_idx";
  ALTER TABLE "referral_stays" DROP COLUMN "profile_at", DROP COLUMN "profile_income_source",
    DROP COLUMN "profile_support_years", DROP COLUMN "profile_education", DROP COLUMN "profile_age",
    DROP COLUMN "action_plan_day";
  CREATE INDEX "referral_stays_participant_idx" ON "referral_stays" ("ended_at")
    INCLUDE ("started_at", "service_id", "gender", "assignee_id", "referral_id", "next_phase") WHERE "phase" = 'participant';`),
  )
}
