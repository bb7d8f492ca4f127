import { sql } from '@payloadcms/db-postgres/drizzle'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { literals, type SchemaHook } from '../sql'

/** The road-to-work records the report reads by kind and referral (starts.ts, sus.ts). */
const roadToWork = ['workStart', 'employerContact', 'actionPlan'] as const

/**
 * The report's read of the referrals by the instant they came in (inflow, sources, campaigns): a
 * partial index of the referrals the report counts (not merged), with the columns that read needs, so
 * PostgreSQL reads a range of the index alone instead of every referral's row. The reads by first
 * contact and enrolment use the Swedish days the database works out for each referral; their indexes
 * are in migration 20261206_185444_report_reads, beside those columns, which Payload does not know.
 */
export const reportReferralIndexes: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    table: schema.tables.referrals,
    extraConfig: (table) => {
      const counted = sql`${table.status} <> 'merged'`
      return {
        referralsReceivedReportIdx: index('referrals_received_report_idx')
          .on(
            table.receivedAt,
            table.service,
            table.source,
            table.heardFrom,
            table.campaign_code,
            table.campaign_activity,
            table.campaign_event,
            table.enrolledAt,
            table.closedAt,
            table.status,
            table.outcome,
          )
          .where(counted),
      }
    },
  })
  return schema
}

/**
 * The report's reads of the history (`referral_events`, a million rows and more) touch a few kinds of
 * record only. Each of these partial indexes holds exactly one kind, in the order and with the columns
 * the report reads, so PostgreSQL answers from the index alone instead of sorting or reading the table:
 *
 * - a referral's latest `profile` (the copies of it in the stays and the starts, the profile before a
 *   period's end when a newer one came after): by referral, newest first, with its answers;
 * - a participant's latest `assigned` coach before an instant (caseload): by referral, newest first;
 * - the employer contacts, starts and action plans (the first of each that the referral and its stays
 *   keep, who started in a period): by kind, referral and day, so the first of each is the front of
 *   its range;
 * - the end of a start (`referral_starts` keeps it): the `workEnd` records by the start they end.
 */
export const reportEventIndexes: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    table: schema.tables.referral_events,
    extraConfig: (table) => ({
      referralEventsProfileIdx: index('referral_events_profile_idx')
        .on(
          table.referral,
          table.at.desc(),
          table.id.desc(),
          table.profile_incomeSource,
          table.profile_supportYears,
          table.profile_education,
          table.profile_ageAtEnrolment,
          table.profile_monthlyIncome,
          table.profile_housingSupportHours,
        )
        .where(sql`${table.type} = 'profile'`),
      referralEventsAssignedIdx: index('referral_events_assigned_idx')
        .on(table.referral, table.at.desc(), table.id.desc(), table.assignee)
        .where(sql`${table.type} = 'assigned'`),
      referralEventsRoadToWorkIdx: index('referral_events_road_to_work_idx')
        .on(table.type, table.referral, table.date)
        .where(sql`${table.type} in (${literals(roadToWork)})`),
      referralEventsWorkEndIdx: index('referral_events_work_end_idx')
        .on(table.workEnd_start, table.date)
        .where(sql`${table.type} = 'workEnd'`),
    }),
  })
  return schema
}
