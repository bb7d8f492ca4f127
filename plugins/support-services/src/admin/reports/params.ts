import { calendarDate, isIsoDate, type ReportPeriod } from '../../domain'

export interface ReportQuery {
  period: ReportPeriod
  /** Services asked for; empty: every service the user works with. */
  services: number[]
  /** A Swedish message when the period cannot be used. */
  problem: string | null
}

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

/** The period and services of the report page's GET form; from the 1st of January to today by default. */
export function readReportQuery(
  searchParams: Record<string, string | string[] | undefined> | undefined,
  now: Date,
): ReportQuery {
  const today = calendarDate(now)
  const period = {
    from: first(searchParams?.from) || `${today.slice(0, 4)}-01-01`,
    to: first(searchParams?.to) || today,
  }
  const asked = [searchParams?.services ?? []]
    .flat()
    .flatMap((v) => v.split(','))
    .filter(Boolean)
    .map(Number)
  const services = [...new Set(asked.filter(Number.isInteger))]
  const problem =
    !isIsoDate(period.from) || !isIsoDate(period.to)
      ? 'Ange perioden som två datum, ÅÅÅÅ-MM-DD, till exempel 2025-01-31.'
      : period.from > period.to
        ? 'Perioden börjar efter att den slutar. Välj ett startdatum före slutdatumet.'
        : null
  return { period, services, problem }
}

/** Ready-made periods for the form: this year so far, last year, last month. */
export function quickPeriods(now: Date): { label: string; period: ReportPeriod }[] {
  const today = calendarDate(now)
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const [lastMonthYear, lastMonth] = month === 1 ? [year - 1, 12] : [year, month - 1]
  const lm = `${lastMonthYear}-${String(lastMonth).padStart(2, '0')}`
  const lastDay = new Date(Date.UTC(lastMonthYear, lastMonth, 0)).getUTCDate()
  return [
    { label: 'Hittills i år', period: { from: `${year}-01-01`, to: today } },
    {
      label: `Förra året (${year - 1})`,
      period: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
    },
    { label: 'Förra månaden', period: { from: `${lm}-01`, to: `${lm}-${lastDay}` } },
  ]
}
