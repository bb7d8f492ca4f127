import type { TaskConfig } from 'payload'

import { residentUpdateTask } from '../defaults'
import { type ResidentUpdateDeps, sendResidentUpdate } from '../operations/residentUpdates'

/** Ids and a status only: the job's stored input says nothing about the person. */
type ResidentUpdateTaskIO = {
  input: { referral: number; status: string }
  output: { sent: number; failed: number }
}

/**
 * The update to a resident about a move, on Payload's jobs queue (`resident-updates`). The status
 * change queues it in its own transaction, so an update exists exactly when the move does; the host's
 * job runner sends it after the commit. No retries: a failure is recorded in the history instead.
 */
export const residentUpdateTaskConfig = (
  deps: ResidentUpdateDeps,
): TaskConfig<ResidentUpdateTaskIO> => ({
  slug: residentUpdateTask,
  label: 'Besked till den sökande',
  inputSchema: [
    { name: 'referral', type: 'number', required: true },
    { name: 'status', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  retries: 0,
  handler: async ({ input, req }) => {
    const report = await sendResidentUpdate(req.payload, input, deps)
    return { output: { sent: report.sent.length, failed: report.failed.length } }
  },
})
