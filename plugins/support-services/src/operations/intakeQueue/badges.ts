import type { QueueFlag } from './filters'

import {
  calendarDate,
  caseStatuses,
  firstContactGoalDays,
  openStatuses,
  queueStatuses,
  startOfDay,
  type Status,
  waitingGoalDays,
} from '../../domain'

/*
 * The badges as conditions: one definition for the SQL filters and counts, held to the domain's
 * `referralFlags` by the tests.
 */

/** What a referral's stored columns must satisfy to carry a badge at some instant. */
export interface FlagCondition {
  statuses: readonly Status[]
  /** received_at < this. */
  receivedBefore?: Date
  /** first_contact_at is empty. */
  withoutFirstContact?: true
  /** next_reassessment_at <= this. */
  reassessmentBy?: Date
  /** At least one possible duplicate is listed. */
  withPossibleDuplicates?: true
  /** contact_requested_at is set. */
  withContactRequest?: true
}

/**
 * `referralFlags` counts whole Swedish calendar days. "More than 30 days" then means: received before
 * the start of the day 30 days before today; "5 days or more": before the start of the day 4 days before
 * today. As instants, the database can answer them from an index.
 */
export function flagConditions(now: Date): Record<QueueFlag, FlagCondition> {
  const today = calendarDate(now)
  return {
    waitingTooLong: {
      statuses: queueStatuses,
      receivedBefore: startOfDay(today, -waitingGoalDays),
    },
    noContact: {
      statuses: openStatuses,
      withoutFirstContact: true,
      receivedBefore: startOfDay(today, 1 - firstContactGoalDays),
    },
    reassessmentDue: { statuses: caseStatuses, reassessmentBy: now },
    possibleDuplicate: { statuses: openStatuses, withPossibleDuplicates: true },
    contactRequested: { statuses: openStatuses, withContactRequest: true },
  }
}
