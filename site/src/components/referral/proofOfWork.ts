import { type Challenge, solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2'

/**
 * Solves the page's proof-of-work challenge (site/src/lib/challenge.ts) in the browser with Web Crypto,
 * which runs PBKDF2 off the main thread, so the page stays responsive. The answer is what the form
 * posts as `_proof`: the challenge and its solution, base64 JSON as ALTCHA's widget sends it. Null
 * when the browser cannot (no Web Crypto outside a secure context) or it was stopped: the form then
 * takes the slower way (press Send again after a wait).
 */
export async function solveProof(
  challenge: Challenge,
  controller: AbortController,
): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null
  const solution = await solveChallenge({ challenge, deriveKey, controller })
  if (!solution) return null
  return btoa(
    JSON.stringify({
      challenge,
      solution: { counter: solution.counter, derivedKey: solution.derivedKey },
    }),
  )
}
