import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Each stay knows its neighbours in the referral's history: the phase of the stay before it, and when
 * the referral next became a participant after it. So the report reads each figure from one index range
 * without matching stays to stays:
 *
 * - a participant closing is a closed stay whose previous phase is participant (SUS);
 * - of a referral's participant stays that a period touches, the last is the one whose next participant
 *   stay (if any) begins after the period: one row per participant, without sorting out duplicates;
 * - the referrals that had been participants by an instant: one such stay each, counted.
 */
const refresh = (neighbours: boolean) => `
  CREATE OR REPLACE FUNCTION "refresh_referral_stays"("ids" integer[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM "referral_stays" s USING unnest("ids") AS c("id") WHERE s."referral_id" = c."id";
    INSERT INTO "referral_stays" ("referral_id", "service_id", "gender", "received_at", "assignee_id", "phase", "status", "outcome", "started_at", "ended_at", "next_phase",
      "profile_at", "profile_income_source", "profile_support_years", "profile_education", "profile_age", "action_plan_day"${
        neighbours ? `, "previous_phase", "next_participant_at"` : ''
      })
    SELECT "referral_id", "service_id", "gender", "received_at", "assignee_id", "phase", "status", "outcome", "at",
      coalesce(lead("at") OVER "stay", 'infinity'), lead("phase") OVER "stay",
      "profile_at", "profile_income_source", "profile_support_years", "profile_education", "profile_age", "action_plan_day"${
        neighbours
          ? `,
      lag("phase") OVER "stay",
      min("at") FILTER (WHERE "phase" = 'participant') OVER ("stay" ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING)`
          : ''
      }
    FROM (
      SELECT e."referral_id", e."id", e."at", r."service_id", r."applicant_gender"::text AS "gender", r."received_at", r."assignee_id",
        e."to_status"::text AS "status", e."outcome"::text AS "outcome", "referral_phase"(e."to_status"::text) AS "phase",
        lag("referral_phase"(e."to_status"::text)) OVER (PARTITION BY e."referral_id" ORDER BY e."at", e."id") AS "previous",
        pr."at" AS "profile_at", pr."income" AS "profile_income_source", pr."support" AS "profile_support_years",
        pr."education" AS "profile_education", pr."age" AS "profile_age", ap."day" AS "action_plan_day"
      FROM (SELECT DISTINCT unnest("ids") AS "id") c
        JOIN "referrals" r ON r."id" = c."id"
        LEFT JOIN LATERAL (
          SELECT p."at", p."profile_income_source"::text AS "income", p."profile_support_years"::text AS "support",
            p."profile_education"::text AS "education", p."profile_age_at_enrolment" AS "age"
          FROM "referral_events" p WHERE p."referral_id" = c."id" AND p."type" = 'profile' AND p."at" IS NOT NULL
          ORDER BY p."at" DESC, p."id" DESC LIMIT 1
        ) pr ON true
        LEFT JOIN LATERAL (
          SELECT min(a."date")::date AS "day" FROM "referral_events" a WHERE a."referral_id" = c."id" AND a."type" = 'actionPlan'
        ) ap ON true
        JOIN "referral_events" e ON e."referral_id" = c."id"
      WHERE e."to_status" IS NOT NULL AND r."status" <> 'merged'
    ) "changes"
    WHERE "previous" IS DISTINCT FROM "phase"
    WINDOW "stay" AS (PARTITION BY "referral_id" ORDER BY "at", "id");
  $$;`

const participantIndex = (neighbours: boolean) => `
  DROP INDEX "referral_stays_participant_idx";
  CREATE INDEX "referral_stays_participant_idx" ON "referral_stays" ("ended_at")
    INCLUDE ("started_at", "service_id", "gender", "assignee_id", "referral_id", "next_phase", "profile_at",
      "profile_income_source", "profile_support_years", "profile_education", "profile_age", "action_plan_day"${
        neighbours ? `, "next_participant_at"` : ''
      })
    WHERE "phase" = 'participant';
  DROP INDEX "referral_stays_participants_by_service_idx";
  CREATE INDEX "referral_stays_participants_by_service_idx" ON "referral_stays" ("service_id", "referral_id")
    INCLUDE ("started_at"${neighbours ? `, "next_participant_at"` : ''}) WHERE "phase" = 'participant';
  DROP INDEX "referral_stays_closings_idx";
  CREATE INDEX "referral_stays_closings_idx" ON "referral_stays" ("started_at")
    INCLUDE ("service_id", "status", "outcome", "gender", ${neighbours ? `"previous_phase"` : `"referral_id"`})
    WHERE "phase" = 'closed';`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  ALTER TABLE "referral_stays" ADD COLUMN "previous_phase" text, ADD COLUMN "next_participant_at" timestamp(3) with time zone;
  ${refresh(true)}
  SELECT "refresh_referral_stays"(ARRAY(SELECT "id" FROM "referrals"));
  ${participantIndex(true)}`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  ${refresh(false)}
  ${participantIndex(false)}
  ALTER TABLE "referral_stays" DROP COLUMN "previous_phase", DROP COLUMN "next_participant_at";`),
  )
}
