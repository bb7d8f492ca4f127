import type { ClosingCategory } from './figures'

// The report's labels in Swedish: months, dates and closing categories.
import { outcomeLabels, statusLabels } from '../staffTexts'
import { type Outcome, outcomes, type Status } from '../workflow'

const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
]

/** 'YYYY-MM' → "januari 2025". */
export const monthLabel = (month: string) =>
  `${monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`
/** 'YYYY-MM-DD' → "31 januari 2025". */
export const dateLabel = (date: string) =>
  `${Number(date.slice(8, 10))} ${monthLabel(date.slice(0, 7))}`

/** A closing category in the staff's words: the outcome of a closing, or the closing status. */
export const closingLabel = (category: ClosingCategory) =>
  (outcomes as readonly string[]).includes(category)
    ? outcomeLabels[category as Outcome]
    : statusLabels[category as Status]
