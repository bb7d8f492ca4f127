import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

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
export const stopChild = (child: ChildProcess, { signal = 'SIGTERM', force = 'SIGKILL', graceMs = 5000 }: StopSignals = {}) =>
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
 * `spawn`, remembered until the child exits, so that whatever ends this process (an interrupted
 * start, `process.exit`, an uncaught error) does not leave the child running.
 */
export const spawnChild = (command: string, args: string[], options: SpawnOptions, stop: StopSignals = {}): ChildProcess => {
  if (closed) throw new Error('The system is stopping: nothing new is started.')
  const child = spawn(command, args, options)
  running.set(child, stop)
  child.once('exit', () => running.delete(child))
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
