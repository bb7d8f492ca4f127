import type { FlagFacts } from '@stodportalen/support-services/domain'

import type { FlagCondition } from '../../plugins/support-services/src/operations/intakeQueue'

/** A badge's condition (`flagConditions`) read in plain code, for the tests that hold the SQL filters to `referralFlags`. */
export function meetsFlagCondition(condition: FlagCondition, facts: FlagFacts): boolean {
  const time = (value: string) => new Date(value).getTime()
  return (
    condition.statuses.includes(facts.status) &&
    (!condition.receivedBefore || time(facts.receivedAt) < condition.receivedBefore.getTime()) &&
    (!condition.withoutFirstContact || !facts.firstContactAt) &&
    (!condition.reassessmentBy ||
      (!!facts.nextReassessmentAt &&
        time(facts.nextReassessmentAt) <= condition.reassessmentBy.getTime())) &&
    (!condition.withPossibleDuplicates || (facts.possibleDuplicateCount ?? 0) > 0) &&
    (!condition.withContactRequest || !!facts.contactRequestedAt)
  )
}
