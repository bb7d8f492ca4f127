import type { PayloadRequest, TaskConfig } from 'payload'

import { retentionQueue, retentionTask } from '../defaults'
import { runRetention } from '../operations/retention'

/**
 * Where the task takes "now" from: `req.context[retentionClockKey]` when the caller of
 * `payload.jobs.run({ req })` set it (tests, with a clock they control), else the real clock. Only
 * server code sets `req.context`; the jobs' stored input cannot move the clock.
 */
export const retentionClockKey = 'retentionNow'

const clockOf = (req: PayloadRequest): Date => {
  const given = req.context[retentionClockKey]
  return given instanceof Date ? given : new Date()
}

/**
 * The daily retention run as a task on Payload's jobs queue, queued by its schedule on the `retention`
 * queue. Its input may narrow it to some services; its output is counts only.
 */
type RetentionTaskIO = {
  input: { services?: number[] | null }
  output: { deleted: number; anonymised: number }
}

export const retentionTaskConfig = (schedule: string | false): TaskConfig<RetentionTaskIO> => ({
  slug: retentionTask,
  label: 'Gallring',
  inputSchema: [{ name: 'services', type: 'number', hasMany: true }],
  outputSchema: [
    { name: 'deleted', type: 'number', required: true },
    { name: 'anonymised', type: 'number', required: true },
  ],
  retries: 2,
  ...(schedule ? { schedule: [{ cron: schedule, queue: retentionQueue }] } : {}),
  handler: async ({ input, req }) => {
    const services = input.services
    const { deleted, anonymised } = await runRetention(req.payload, {
      now: clockOf(req),
      serviceIds: services?.length ? services : undefined,
    })
    return { output: { deleted, anonymised } }
  },
})
