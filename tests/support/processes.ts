import { readdirSync, readFileSync } from 'node:fs'

/** A running process as Linux's /proc shows it; `started` (clock ticks after boot) tells a reused pid apart. */
export interface ProcessInfo {
  pid: number
  ppid: number
  started: string
  command: string
}

const read = (pid: number): ProcessInfo | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The name in parentheses may hold spaces and parentheses: the fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const state = fields[0]
    if (state === 'Z' || state === 'X') return undefined // ended, only not yet reaped
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()
    return { pid, ppid: Number(fields[1]), started: fields[19], command }
  } catch {
    return undefined // ended while being read
  }
}

/** Every process on the machine that still runs. */
export const allProcesses = (): ProcessInfo[] =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => read(Number(name)))
    .filter((p): p is ProcessInfo => p !== undefined)

/** The environment a process was started with ('' once it ended). */
export const environmentOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')
  } catch {
    return []
  }
}

/** Whether this very process (not a later one with the same pid) still runs. */
export const stillRuns = (known: ProcessInfo) => read(known.pid)?.started === known.started

/** `root` and everything it started, as far as the processes still hang together by parent pid. */
export const processTree = (rootPid: number, processes = allProcesses()): ProcessInfo[] => {
  const tree = processes.filter((p) => p.pid === rootPid)
  for (let i = 0; i < tree.length; i++)
    tree.push(...processes.filter((p) => p.ppid === tree[i].pid))
  return tree
}
