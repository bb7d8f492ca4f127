/** How the queue view writes numbers and dates: Swedish, dates as Swedish calendar days. */
const counts = new Intl.NumberFormat('sv-SE')
const days = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/Stockholm',
})

export const formatCount = (value: number) => counts.format(value)
export const formatDay = (iso: string) => days.format(new Date(iso))
