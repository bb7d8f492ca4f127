/**
 * Password rules for staff accounts, with the message staff see when one is broken. Length does the
 * work (a phrase of a few words is both easy to remember and hard to guess); the short lists catch
 * what people pick first. Pure, so it is tested without a server.
 */

export const minPasswordLength = 12
export const maxPasswordLength = 256

/** Whole passwords that are long enough but guessed first. */
const commonPasswords = new Set([
  'abcdefghijkl',
  'abc123456789',
  '1q2w3e4r5t6y',
  'q1w2e3r4t5y6',
  'zaq12wsxcde3',
  'zxcvbnm12345',
  'asdfghjklöä',
  'asdfghjkl123',
  'qazwsxedcrfv',
  'iloveyou1234',
  'trustno1trustno1',
])

/** Words that, with only digits or symbols around them, make a guessable password (Sommar2024!!). */
const commonWords = new Set([
  'password',
  'passw0rd',
  'lösenord',
  'losenord',
  'qwerty',
  'qwertyuiop',
  'asdfghjkl',
  'welcome',
  'välkommen',
  'valkommen',
  'sommar',
  'vinter',
  'våren',
  'varen',
  'hösten',
  'hosten',
  'admin',
  'administrator',
  'letmein',
  'iloveyou',
  'stödportalen',
  'stodportalen',
  'uppsala',
  'kommunen',
  'monkey',
  'dragon',
  'football',
  'sunshine',
])

export const passwordMessages = {
  tooShort: `Lösenordet måste ha minst ${minPasswordLength} tecken. Tips: skriv några ord som inte hör ihop.`,
  tooLong: `Lösenordet får ha högst ${maxPasswordLength} tecken.`,
  isEmail: 'Lösenordet får inte vara din e-postadress.',
  tooCommon:
    'Lösenordet är för vanligt och lätt att gissa. Välj något längre och mer personligt, till exempel några ord som inte hör ihop.',
} as const

/** The problem with `password` for the account `email` (when known), or null when it is acceptable. */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length < minPasswordLength) return passwordMessages.tooShort
  if (password.length > maxPasswordLength) return passwordMessages.tooLong
  const lower = password.trim().toLowerCase()
  const address = email?.trim().toLowerCase()
  if (address && (lower === address || lower === address.split('@')[0]))
    return passwordMessages.isEmail
  // The word left when everything but letters is stripped from both ends; nothing left: no letters at all.
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
  const fewDistinct = new Set(lower).size < 5
  if (commonPasswords.has(lower) || commonWords.has(core) || core === '' || fewDistinct)
    return passwordMessages.tooCommon
  return null
}
