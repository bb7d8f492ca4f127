import type { AdminViewServerProps } from 'payload'

/** The intake queue: per service, who is waiting and for how long. */
export function IntakeQueueView(_props: AdminViewServerProps) {
  return <main>Intagskö</main>
}
