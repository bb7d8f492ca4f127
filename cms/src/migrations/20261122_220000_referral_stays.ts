import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * `referral_stays`: each referral's history as unbroken stretches in one phase of the workflow (in the
 * queue, paused, a participant, closed), derived from its status events and kept by the database itself.
 * The follow-up report reads the queue, the participants and the closings of any period from it without
 * replaying the whole history: a stay covers the instants after it starts up to and including when it
 * ends (`infinity` while it lasts), exactly as the status events say.
 *
 * It carries the referral's service, gender, received date and coach as they are now, so the report
 * counts a moved referral in its current service; a merged referral has no stays (it counts nowhere). Triggers
 * rebuild a referral's stays whenever its status events or those fields change, so every writer (the
 * CMS, retention, a bulk load) keeps it right. The phases are the domain's status groups (queueStatuses,
 * participantStatuses, closingStatuses), written here as they were when this migration was made.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`
  CREATE FUNCTION "referral_phase"("status" text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
      WHEN "status" IN ('received', 'screened', 'waiting', 'firstContact') THEN 'queue'
      WHEN "status" = 'onHold' THEN 'paused'
      WHEN "status" IN ('enrolled', 'active') THEN 'participant'
      WHEN "status" IN ('closed', 'redirected', 'declined', 'withdrawn') THEN 'closed'
      -- Merged (until a reopening), and any status added later: a phase of its own the reports do not count.
      ELSE "status"
    END
  $$;

  CREATE TABLE "referral_stays" (
    "referral_id" integer NOT NULL REFERENCES "referrals"("id") ON DELETE CASCADE,
    "service_id" integer,
    "gender" text,
    "received_at" timestamp(3) with time zone NOT NULL,
    "assignee_id" integer,
    "phase" text NOT NULL,
    "status" text NOT NULL,
    "outcome" text,
    "started_at" timestamp(3) with time zone NOT NULL,
    "ended_at" timestamp(3) with time zone NOT NULL,
    "next_phase" text
  );
  CREATE INDEX "referral_stays_referral_idx" ON "referral_stays" ("referral_id");
  -- Who was queued, or a participant, at an instant or during a period: the stays ending at or after it.
  CREATE INDEX "referral_stays_queue_idx" ON "referral_stays" ("ended_at")
    INCLUDE ("started_at", "service_id", "received_at", "next_phase") WHERE "phase" = 'queue';
  CREATE INDEX "referral_stays_participant_idx" ON "referral_stays" ("ended_at")
    INCLUDE ("started_at", "service_id", "gender", "assignee_id", "referral_id") WHERE "phase" = 'participant';
  CREATE INDEX "referral_stays_closings_idx" ON "referral_stays" ("started_at")
    INCLUDE ("service_id", "status", "outcome", "gender")
    WHERE "phase" = 'closed';

  CREATE FUNCTION "refresh_referral_stays"("ids" integer[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM "referral_stays" WHERE "referral_id" = ANY("ids");
    INSERT INTO "referral_stays" ("referral_id", "service_id", "gender", "received_at", "assignee_id", "phase", "status", "outcome", "started_at", "ended_at", "next_phase")
    SELECT "referral_id", "service_id", "gender", "received_at", "assignee_id", "phase", "status", "outcome", "at",
      coalesce(lead("at") OVER "stay", 'infinity'), lead("phase") OVER "stay"
    FROM (
      SELECT e."referral_id", e."id", e."at", r."service_id", r."applicant_gender"::text AS "gender", r."received_at", r."assignee_id",
        e."to_status"::text AS "status", e."outcome"::text AS "outcome", "referral_phase"(e."to_status"::text) AS "phase",
        lag("referral_phase"(e."to_status"::text)) OVER (PARTITION BY e."referral_id" ORDER BY e."at", e."id") AS "previous"
      FROM "referral_events" e JOIN "referrals" r ON r."id" = e."referral_id"
      WHERE e."referral_id" = ANY("ids") AND r."id" = ANY("ids") AND e."to_status" IS NOT NULL AND r."status" <> 'merged'
    ) "changes"
    WHERE "previous" IS DISTINCT FROM "phase"
    WINDOW "stay" AS (PARTITION BY "referral_id" ORDER BY "at", "id");
  $$;

  CREATE FUNCTION "referral_stays_on_events"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN
      DELETE FROM "referral_stays";
    ELSE
      PERFORM "refresh_referral_stays"(ARRAY(SELECT DISTINCT "referral_id" FROM "changed" WHERE "to_status" IS NOT NULL));
    END IF;
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "referral_stays_on_event_insert" AFTER INSERT ON "referral_events"
    REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "referral_stays_on_events"();
  CREATE TRIGGER "referral_stays_on_event_delete" AFTER DELETE ON "referral_events"
    REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "referral_stays_on_events"();
  CREATE TRIGGER "referral_stays_on_event_truncate" AFTER TRUNCATE ON "referral_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "referral_stays_on_events"();

  CREATE FUNCTION "referral_stays_on_referral"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM "refresh_referral_stays"(ARRAY[NEW."id"]);
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "referral_stays_on_referral_update" AFTER UPDATE ON "referrals" FOR EACH ROW
    WHEN ((OLD."service_id", OLD."applicant_gender", OLD."received_at", OLD."assignee_id", OLD."status" = 'merged')
      IS DISTINCT FROM (NEW."service_id", NEW."applicant_gender", NEW."received_at", NEW."assignee_id", NEW."status" = 'merged'))
    EXECUTE FUNCTION "referral_stays_on_referral"();

  SELECT "refresh_referral_stays"(ARRAY(SELECT "id" FROM "referrals"));`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`
  DROP TRIGGER "referral_stays_on_referral_update" ON "referrals";
  DROP TRIGGER "referral_stays_on_event_truncate" ON "referral_events";
  DROP TRIGGER "referral_stays_on_event_delete" ON "referral_events";
  DROP TRIGGER "referral_stays_on_event_insert" ON "referral_events";
  DROP FUNCTION "referral_stays_on_referral"();
  DROP FUNCTION "referral_stays_on_events"();
  DROP FUNCTION "refresh_referral_stays"(integer[]);
  DROP TABLE "referral_stays";
  DROP FUNCTION "referral_phase"(text);`))
}
