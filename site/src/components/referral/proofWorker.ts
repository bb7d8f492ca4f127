import { type Challenge, solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2'

/**
 * The proof of work's search, in a worker of its own (proofOfWork.ts starts it): Web Crypto derives
 * each key off the main thread, but going on to the next try after each one is work on the thread that
 * asked, thousands of times, for a second or more. Here none of it competes with the page.
 * Answers `{ counter, derivedKey }`, or null when there is no solution.
 */
addEventListener('message', async (event: MessageEvent<Challenge>) => {
  const solution = await solveChallenge({ challenge: event.data, deriveKey }).catch(() => null)
  postMessage(solution && { counter: solution.counter, derivedKey: solution.derivedKey })
})
