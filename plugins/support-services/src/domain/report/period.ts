// The report's period: Swedish calendar days, the months it touches and their last days.
import { isIsoDate } from '../dates'

export interface ReportPeriod {
  /** First day, 'YYYY-MM-DD', a Swedish (Europe/Stockholm) calendar day, included. */
  from: string
  /** Last day, included: everything up to the end of this Swedish day counts. */
  to: string
}

/** Checks the period; returns an English message for the API when it is not usable. */
export function checkReportPeriod(period: ReportPeriod): string | null {
  if (!isIsoDate(period.from) || !isIsoDate(period.to))
    return 'Give the period as two dates, YYYY-MM-DD.'
  if (period.from > period.to) return 'The period starts after it ends.'
  return null
}

/** The calendar months a period touches, 'YYYY-MM', in order. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = []
  let [year, month] = period.from.slice(0, 7).split('-').map(Number)
  const last = period.to.slice(0, 7)
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    months.push(key)
    if (key >= last) return months
    month += 1
    if (month > 12) [year, month] = [year + 1, 1]
  }
}

const lastDayOfMonth = (month: string) => {
  const [year, m] = month.split('-').map(Number)
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`
}

/** The last day of each month of the period, the last one cut at the period's end: the queue is counted at the end of each. */
export function monthEnds(period: ReportPeriod): string[] {
  return monthsOf(period).map((month) => {
    const last = lastDayOfMonth(month)
    return last < period.to ? last : period.to
  })
}
