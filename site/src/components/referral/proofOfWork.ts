import type { Challenge } from 'altcha-lib'

type Solution = { counter: number; derivedKey: string }

/** Runs the search in a worker (proofWorker.ts); rejects when the browser cannot start one. */
function solveInWorker(challenge: Challenge, signal: AbortSignal): Promise<null | Solution> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./proofWorker.ts', import.meta.url), { type: 'module' })
    const done = () => {
      worker.terminate()
      signal.removeEventListener('abort', stop)
    }
    const stop = () => {
      done()
      resolve(null)
    }
    signal.addEventListener('abort', stop)
    worker.addEventListener('message', (event: MessageEvent<null | Solution>) => {
      done()
      resolve(event.data)
    })
    worker.addEventListener('error', (event) => {
      done()
      reject(new Error(event.message || 'The proof-of-work worker failed.'))
    })
    worker.postMessage(challenge)
  })
}

/** The same search on this thread, for a browser that runs no module worker. */
async function solveHere(challenge: Challenge, controller: AbortController) {
  const [{ solveChallenge }, { deriveKey }] = await Promise.all([
    import('altcha-lib'),
    import('altcha-lib/algorithms/web/pbkdf2'),
  ])
  return solveChallenge({ challenge, deriveKey, controller })
}

/**
 * Solves the page's proof-of-work challenge (site/src/lib/challenge.ts) in the browser with Web Crypto,
 * in a worker, so that the page stays responsive while it runs (on this thread only where no worker
 * starts). The answer is what the form posts as `_proof`: the challenge and its solution, base64 JSON
 * as ALTCHA's widget sends it. Null when the browser cannot (no Web Crypto outside a secure context)
 * or it was stopped: the form then takes the slower way (press Send again after a wait).
 */
export async function solveProof(
  challenge: Challenge,
  controller: AbortController,
): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null
  const solution = await solveInWorker(challenge, controller.signal).catch(() =>
    controller.signal.aborted ? null : solveHere(challenge, controller),
  )
  if (!solution || controller.signal.aborted) return null
  return btoa(
    JSON.stringify({
      challenge,
      solution: { counter: solution.counter, derivedKey: solution.derivedKey },
    }),
  )
}
