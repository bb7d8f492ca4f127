import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * `refresh_referral_stays` matched its referrals with `= ANY(ids)`, which PostgreSQL checks by walking
 * the array for every row it reads: removing an import of 20,000 referrals took 90 s, and the time grew
 * with the square of the batch. The same function now joins the ids as a set, so the planner probes the
 * indexes (or hashes) once per referral. The stays it writes are the same.
 */
const refresh = ({ staysOf, eventsOf }: { staysOf: string; eventsOf: string }) => `
  CREATE OR REPLACE FUNCTION "refresh_referral_stays"("ids" integer[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM "referral_stays" s ${staysOf};
    INSERT INTO "referral_stays" ("referral_id", "service_id", "gender", "received_at", "assignee_id", "phase", "status", "outcome", "started_at", "ended_at", "next_phase")
    SELECT "referral_id", "service_id", "gender", "received_at", "assignee_id", "phase", "status", "outcome", "at",
      coalesce(lead("at") OVER "stay", 'infinity'), lead("phase") OVER "stay"
    FROM (
      SELECT e."referral_id", e."id", e."at", r."service_id", r."applicant_gender"::text AS "gender", r."received_at", r."assignee_id",
        e."to_status"::text AS "status", e."outcome"::text AS "outcome", "referral_phase"(e."to_status"::text) AS "phase",
        lag("referral_phase"(e."to_status"::text)) OVER (PARTITION BY e."referral_id" ORDER BY e."at", e."id") AS "previous"
      FROM ${eventsOf}
      WHERE e."to_status" IS NOT NULL AND r."status" <> 'merged'
    ) "changes"
    WHERE "previous" IS DISTINCT FROM "phase"
    WINDOW "stay" AS (PARTITION BY "referral_id" ORDER BY "at", "id");
  $$;`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(
      refresh({
        staysOf: `USING unnest("ids") AS c("id") WHERE s."referral_id" = c."id"`,
        eventsOf: `(SELECT DISTINCT unnest("ids") AS "id") c
          JOIN "referrals" r ON r."id" = c."id"
          JOIN "referral_events" e ON e."referral_id" = c."id"`,
      }),
    ),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql.raw(
      refresh({
        staysOf: `WHERE s."referral_id" = ANY("ids")`,
        eventsOf: `"referral_events" e JOIN "referrals" r
          ON r."id" = e."referral_id" AND e."referral_id" = ANY("ids") AND r."id" = ANY("ids")`,
      }),
    ),
  )
}
