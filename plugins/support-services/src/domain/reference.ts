/**
 * Reference numbers people read aloud over the phone: 'K7M4-Q9TR-XB3'.
 * 10 random characters (≈ 48.6 bits, not guessable) and a check character.
 *
 * The alphabet leaves out look-alikes (0/O, 1/I/L), U (read as V) and Z (written like 2), which leaves
 * 29 characters. 29 is prime, so a weighted sum mod 29 with distinct weights catches every single wrong
 * character and every swap of two neighbours.
 */
export const referenceAlphabet = '23456789ABCDEFGHJKMNPQRSTVWXY'
const base = referenceAlphabet.length // 29
const dataLength = 10
const groups = [4, 4, 3]

/** Typed characters that can only have meant one character of the alphabet. */
const confusables: Record<string, string> = { Z: '2' }

/** Σ weight × value mod 29; weights count down from the left to `lastWeight` on the last character. */
function weightedSum(chars: string, lastWeight: number): number {
  return (
    [...chars].reduce(
      (sum, char, i) => sum + (lastWeight + chars.length - 1 - i) * referenceAlphabet.indexOf(char),
      0,
    ) % base
  )
}

/** The check character has weight 1: it is whatever brings the total to 0 mod 29. */
function checkCharacter(data: string): string {
  return referenceAlphabet[(base - weightedSum(data, 2)) % base]
}

function group(chars: string): string {
  const parts: string[] = []
  let at = 0
  for (const size of groups) {
    parts.push(chars.slice(at, at + size))
    at += size
  }
  return parts.join('-')
}

/**
 * A new reference. `randomBytes` is injected (crypto.getRandomValues in the browser, node:crypto on the
 * server, fixed bytes in tests). Bytes are drawn by rejection so every character is equally likely.
 */
export function generateReference(randomBytes: (n: number) => Uint8Array): string {
  const limit = 256 - (256 % base) // 232: the largest multiple of 29 that fits a byte
  let data = ''
  while (data.length < dataLength) {
    for (const byte of randomBytes(dataLength)) {
      if (byte < limit && data.length < dataLength) data += referenceAlphabet[byte % base]
    }
  }
  return group(data + checkCharacter(data))
}

/** Upper case, no spaces or dashes, look-alikes mapped, grouped again when the length is right. */
export function normalizeReference(input: string): string {
  const chars = [...input.toUpperCase().replace(/[\s\-‐‑–—_.]/g, '')]
    .map((c) => confusables[c] ?? c)
    .join('')
  return chars.length === dataLength + 1 ? group(chars) : chars
}

/** Whether a typed reference (in any spacing or case) is one we could have issued. */
export function isValidReference(input: string): boolean {
  const chars = normalizeReference(input).replaceAll('-', '')
  return (
    chars.length === dataLength + 1 &&
    [...chars].every((c) => referenceAlphabet.includes(c)) &&
    weightedSum(chars, 1) === 0
  )
}
