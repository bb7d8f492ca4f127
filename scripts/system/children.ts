import type { ChildProcess } from 'node:child_process'

export interface StopSignals {
  /** Asks the child to stop. */
  signal?: NodeJS.Signals
  /** Sent when it has not stopped after `graceMs`. */
  force?: NodeJS.Signals
  graceMs?: number
}

/** Every child process the orchestrator started and that still runs, with how to stop it. */
const running = new Map<ChildProcess, StopSignals>()
let closed = false

/** Stops a child gently, then firmly. */
export const stopChild = (
  child: ChildProcess,
  { signal = 'SIGTERM', force = 'SIGKILL', graceMs = 5000 }: StopSignals = {},
) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => child.kill(force), graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill(signal)
  })

/**
 * Remembers a child until it exits, so that whatever ends this process (an interrupted start,
 * `process.exit`, an uncaught error) does not leave it running. Once stopping, a child is stopped
 * as soon as it is started.
 */
export const track = <T extends ChildProcess>(child: T, stop: StopSignals = {}): T => {
  running.set(child, stop)
  child.once('exit', () => running.delete(child))
  if (closed) void stopChild(child, stop)
  return child
}

/** Stops every child still running and starts no more (a start interrupted by a signal). */
export const stopAllChildren = async () => {
  closed = true
  await Promise.all([...running].map(([child, stop]) => stopChild(child, stop)))
}

// The last chance: on exit only synchronous work runs, so each child gets its stop signal and no wait.
process.on('exit', () => {
  for (const [child, { signal = 'SIGTERM' }] of running) child.kill(signal)
})
