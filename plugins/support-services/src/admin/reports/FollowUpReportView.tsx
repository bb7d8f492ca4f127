import type { AdminViewServerProps } from 'payload'

/** The follow-up report: the board's figures for a period and a set of services. */
export function FollowUpReportView(_props: AdminViewServerProps) {
  return <main>Uppföljning</main>
}
