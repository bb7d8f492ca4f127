import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_campaign_locale" AS ENUM('sv', 'lattlast', 'en', 'ar', 'fi');
  CREATE TYPE "public"."enum__events_v_version_campaign_locale" AS ENUM('sv', 'lattlast', 'en', 'ar', 'fi');
  ALTER TABLE "events" ADD COLUMN "campaign_locale" "enum_events_campaign_locale" DEFAULT 'sv';
  ALTER TABLE "_events_v" ADD COLUMN "version_campaign_locale" "enum__events_v_version_campaign_locale" DEFAULT 'sv';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" DROP COLUMN "campaign_locale";
  ALTER TABLE "_events_v" DROP COLUMN "version_campaign_locale";
  DROP TYPE "public"."enum_events_campaign_locale";
  DROP TYPE "public"."enum__events_v_version_campaign_locale";`)
}
