/**
 * A seeded fuzzer for the public ways in: the site's referral page (form posts, as browsers and bots
 * send them), the CMS's submit endpoint (JSON from the site's server) and its deliver endpoint (sealed
 * outbox letters). Each case is a request that must not be stored: every one carries at least one
 * defect that makes it invalid (its "poison"), and random noise on top. The verdict for each answer:
 * never a 5xx; the CMS answers 4xx with every error naming a field, a code and a message; the site
 * answers a page that is not a confirmation, or a 4xx that says why. The caller checks that nothing was
 * stored and the outbox stayed empty. `npm test` runs ~2,000 cases, `npm run bench -- fuzz` 10,000.
 *
 * Cases are made before any is sent, from the seed alone, so a seed and a case number reproduce one.
 */
import { generateReference } from '@stodportalen/support-services/domain'
import { seal, sealingKey } from '@stodportalen/support-services/sealed-box'

import { validIpsAnswers } from './answers'
import { ipsFormAnswers, personStartToken } from './referralForm'

export interface FuzzTargets {
  siteUrl: string
  cmsUrl: string
  submitKey: string
  /** The CMS's outbox key (OUTBOX_PUBLIC_KEY), to seal letters the deliver endpoint can open. */
  outboxPublicKey: string
}

type Target = 'site' | 'submit' | 'deliver'

interface FuzzCase {
  index: number
  target: Target
  /** What was sent, in words, to reproduce and read a failure. */
  what: string
  path: string
  headers: Record<string, string>
  body: string | Uint8Array
}

export interface FuzzProblem {
  index: number
  target: Target
  what: string
  status: number | 'no answer'
  problem: string
}

export interface FuzzReport {
  seed: number
  cases: number
  byTarget: Record<Target, number>
  /** Answers by target and status, e.g. `submit 400`. */
  statuses: Record<string, number>
  problems: FuzzProblem[]
  ms: number
}

/** mulberry32: small, fast and good enough to pick cases; the same seed gives the same cases. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]
  const chance = (p: number) => next() < p
  const bytes = (size: number) => Uint8Array.from({ length: size }, () => int(256))
  return { next, int, pick, chance, bytes }
}
type Random = ReturnType<typeof random>

/** Text people and scripts type: letters, other scripts, emoji, control and direction characters, markup. */
const pieces = [
  'a', 'Å', 'ö', ' ', '  ', '\t', '\n', '\r\n', '0', '9', '-', '+', '@', '.', ',', ';', '&', '=', '%', '%2', '%ZZ', '#',
  '"', "'", '<script>', '</textarea>', '{{x}}', '${x}', '\\', '/', 'null', 'true', '1e309', 'NaN', 'مرحبا', 'ここ', '😀',
  '\u0000', '\u0007', '\u202e', '\u200b', '\ufeff', '\ud800', '\udfff', 'Robert\'); DROP TABLE referrals;--',
]
const text = (r: Random, maxPieces = 12) => Array.from({ length: r.int(maxPieces + 1) }, () => r.pick(pieces)).join('')
const longText = (r: Random) => r.pick(['x', 'å', '😀', 'ab ']).repeat(r.pick([101, 1001, 5000, 40_000]))

const anyJson = (r: Random, depth = 0): unknown => {
  const kinds = depth > 3 ? 5 : 8
  switch (r.int(kinds)) {
    case 0: return null
    case 1: return r.chance(0.5)
    case 2: return r.pick([0, -1, 1.5, 1e308, -0, 2 ** 53 + 1])
    case 3: return text(r)
    case 4: return r.chance(0.1) ? longText(r) : ''
    case 5: return Array.from({ length: r.int(4) }, () => anyJson(r, depth + 1))
    case 6: return Object.fromEntries(Array.from({ length: r.int(4) }, () => [text(r, 3), anyJson(r, depth + 1)]))
    default: return { service: anyJson(r, depth + 1), answers: anyJson(r, depth + 1) }
  }
}

/** A defect that makes the answers invalid in every form (these questions are in all of them). */
const formPoisons: Array<[string, (answers: Record<string, string | string[]>, r: Random) => void]> = [
  ['name missing', (a) => delete a.name],
  ['name blank', (a) => (a.name = '   ')],
  ['name too long', (a, r) => (a.name = 'x'.repeat(101 + r.int(5000)))],
  ['date of birth in the future', (a) => (a.dateOfBirth = '2999-01-01')],
  ['date of birth not a date', (a, r) => (a.dateOfBirth = r.pick(['1990-02-30', '17 maj', 'x', '1990-13-01']))],
  ['municipality not an option', (a, r) => (a.municipality = r.pick(['9999', 'Stockholm', '']))],
  ['consent missing', (a) => delete a.consentToCollaboration],
  ['message too long', (a) => (a.message = 'm'.repeat(1001))],
]

/** The same defects in the JSON the site sends the CMS, plus wrong types and unknown questions. */
const answerPoisons: Array<[string, (answers: Record<string, unknown>, r: Random) => void]> = [
  ['name missing', (a) => delete a.name],
  ['name of the wrong type', (a, r) => (a.name = r.pick([42, ['Testa'], { first: 'Testa' }, null, true]))],
  ['name too long', (a, r) => (a.name = 'x'.repeat(101 + r.int(5000)))],
  ['date of birth in the future', (a) => (a.dateOfBirth = '2999-01-01')],
  ['date of birth not a date', (a, r) => (a.dateOfBirth = r.pick(['1990-02-30', 'igår', 19900517, '']))],
  ['consent as text', (a) => (a.consentToCollaboration = 'yes')],
  ['contact channel not an option', (a) => (a.contactChannels = ['fax'])],
  ['contact channels not a list', (a) => (a.contactChannels = 'phone')],
  ['unknown question', (a, r) => (a[`x${r.int(1000)}`] = 'F32')],
  ['answer to a hidden question', (a) => (a.hasJobOrStudies = false)],
  ['message too long', (a) => (a.message = 'm'.repeat(1001))],
]

/** Defects of the submission around the answers. */
const envelopePoisons: Array<[string, (body: Record<string, unknown>, r: Random) => void]> = [
  ['unknown service', (b, r) => (b.service = r.pick(['astrology', 'IPS', '', '../ips', 'ips ', 'a'.repeat(101)]))],
  ['service of the wrong type', (b, r) => (b.service = r.pick([1, null, ['ips'], {}]))],
  ['answers not an object', (b, r) => (b.answers = r.pick([null, [], 'name=Testa', 7]))],
  ['locale not an option', (b, r) => (b.locale = r.pick(['xx', 'SV', '', 5]))],
  ['idempotency key malformed', (b, r) => (b.idempotencyKey = r.pick(['short', 'has spaces in it', 'ä'.repeat(20), 'x'.repeat(101), 12345678]))],
  ['reference malformed', (b, r) => (b.reference = r.pick(['ABCD-EFGH-JK2', '', 'K7M4Q9TRXB', 42]))],
  ['form malformed', (b, r) => (b.form = r.pick([-1, 0, 1.5, 'form with spaces', true]))],
  ['unknown top-level field', (b, r) => (b[r.pick(['status', 'assignee', 'receivedAt', '__proto__x'])] = 'enrolled')],
]

const services = ['ips', 'sed', 'se'] as const
const localePrefixes = ['', '/lattlast', '/en', '/ar'] as const
const freshKey = (r: Random) => Array.from({ length: 32 }, () => r.pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('')
const proposedReference = (r: Random) => generateReference((n) => r.bytes(n))

const applyNoise = (r: Random, fields: Array<[string, string]>, keep: Set<string>) => {
  const keys = [...new Set(fields.map(([key]) => key))].filter((key) => !keep.has(key))
  for (let n = r.int(4); n > 0; n--) {
    switch (r.int(5)) {
      case 0: fields.push([text(r, 3) || 'x', text(r)]); break // unknown field
      case 1: if (keys.length) fields.push([r.pick(keys), text(r)]); break // a value twice
      case 2: { // a value replaced
        const at = fields.findIndex(([key]) => key === r.pick(keys))
        if (at >= 0) fields[at] = [fields[at][0], r.chance(0.2) ? longText(r) : text(r)]
        break
      }
      case 3: { // a value dropped
        const at = fields.findIndex(([key]) => key === r.pick(keys))
        if (at >= 0) fields.splice(at, 1)
        break
      }
      default: fields.sort(() => r.next() - 0.5) // another order
    }
  }
}

/** `a=b&c=d` with the encoder's quirks optionally broken: stray %, raw bytes, `+`, missing `=`. */
const urlEncoded = (r: Random, fields: Array<[string, string]>) => {
  const body = new URLSearchParams(fields).toString()
  if (!r.chance(0.15)) return body
  return r.pick([`${body}&%`, `${body}&%E2%82`, `${body}&&=&==`, `${body}&name`, body.replaceAll('%20', ' '), `%FF%FE${body}`, body.replaceAll('&', ';')])
}

const multipart = (r: Random, fields: Array<[string, string]>) => {
  const boundary = `----fuzz${r.int(1e9)}`
  const parts = fields.map(([name, value]) =>
    r.chance(0.05)
      ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n${value}\r\n`
      : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  )
  const closing = r.chance(0.1) ? '' : `--${boundary}--\r\n`
  const contentType = r.chance(0.1) ? 'multipart/form-data' : `multipart/form-data; boundary=${boundary}`
  return { body: parts.join('') + closing, contentType }
}

function siteCase(r: Random, index: number, targets: FuzzTargets): FuzzCase {
  const path = `${r.pick(localePrefixes)}/stod/${r.pick(services)}/anmalan`
  const answers: Record<string, string | string[]> = structuredClone(ipsFormAnswers)
  const [poison, apply] = r.pick(formPoisons)
  apply(answers, r)

  // The form's own fields: mostly a "Send" that passes the guards, so the answers are what is tested.
  const action = r.chance(0.75) ? 'submit' : r.pick(['continue', 'back', 'change:x', '', text(r, 2)])
  const started = r.chance(0.85) ? personStartToken() : r.pick(['', '123.abc', `${Date.now()}.forged`, text(r)])
  const honeypot = r.chance(0.95) ? '' : r.pick(['http://spam.example', 'x'])
  const fields: Array<[string, string]> = Object.entries(answers).flatMap(([key, value]) => [value].flat().map((v): [string, string] => [key, v]))
  fields.push(['_view', r.chance(0.8) ? 'check' : text(r, 3)], ['_key', r.chance(0.9) ? freshKey(r) : text(r, 4)], ['_started', started])
  fields.push(['homepage_url', honeypot], ['_action', action])
  applyNoise(r, fields, new Set(['name', 'dateOfBirth', 'municipality', 'consentToCollaboration', 'message', '_started', 'homepage_url', '_action']))

  const origin = r.chance(0.85) ? new URL(targets.siteUrl).origin : r.pick(['https://elak.example', 'null', ''])
  const headers: Record<string, string> = origin ? { origin } : {}
  let body: string | Uint8Array
  let kind: string
  switch (r.pick(['form', 'form', 'form', 'form', 'multipart', 'bytes', 'json', 'text', 'none', 'huge'] as const)) {
    case 'multipart': {
      const made = multipart(r, fields)
      ;[body, kind, headers['content-type']] = [made.body, 'multipart', made.contentType]
      break
    }
    case 'bytes':
      ;[body, kind, headers['content-type']] = [r.bytes(r.int(4096)), 'random bytes', 'application/x-www-form-urlencoded']
      break
    case 'json':
      ;[body, kind, headers['content-type']] = [JSON.stringify(Object.fromEntries(fields)), 'JSON', 'application/json']
      break
    case 'text':
      ;[body, kind, headers['content-type']] = [urlEncoded(r, fields), 'text/plain', r.pick(['text/plain', 'text/plain; charset=latin1', 'application/octet-stream', 'x/y'])]
      break
    case 'none':
      ;[body, kind] = [urlEncoded(r, fields), 'no content type']
      break
    case 'huge':
      fields.push(['filler', 'f'.repeat(r.pick([100_000, 500_000, 2_000_000]))])
      ;[body, kind, headers['content-type']] = [urlEncoded(r, fields), 'huge form', 'application/x-www-form-urlencoded']
      break
    default:
      ;[body, kind] = [urlEncoded(r, fields), 'form']
      headers['content-type'] = r.pick(['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=UTF-8', 'APPLICATION/X-WWW-FORM-URLENCODED', 'application/x-www-form-urlencoded; charset=utf-16'])
  }
  if (r.chance(0.2)) headers['accept-language'] = text(r, 4).replace(/[^\x20-\x7e]/g, '')
  const what = `POST ${path}: ${kind}, action "${action.slice(0, 20)}", ${poison}${honeypot ? ', honeypot filled' : ''}${started === '' ? ', no start time' : ''}, origin "${origin}"`
  return { index, target: 'site', what, path, headers, body }
}

/** A submission as the site sends it, with one defect, or something that is no submission at all. */
function submissionBody(r: Random): { body: unknown; poison: string } {
  if (r.chance(0.15)) return { body: anyJson(r), poison: 'random JSON' }
  const answers: Record<string, unknown> = structuredClone(validIpsAnswers)
  const body: Record<string, unknown> = { service: r.pick(services), locale: r.pick(['sv', 'en', 'ar', 'lattlast']), answers, idempotencyKey: freshKey(r) }
  if (r.chance(0.5)) body.reference = proposedReference(r)
  // Noise first, on answers the poisons leave alone, so it can never undo the poison.
  const poisoned = new Set(['name', 'dateOfBirth', 'consentToCollaboration', 'contactChannels', 'hasJobOrStudies', 'currentActivity', 'message'])
  for (let n = r.int(3); n > 0; n--) {
    const key = r.pick(Object.keys(answers).filter((k) => !poisoned.has(k)))
    answers[key] = r.chance(0.5) ? anyJson(r) : text(r)
  }
  if (r.chance(0.6)) {
    const [poison, apply] = r.pick(answerPoisons)
    apply(answers, r)
    return { body, poison }
  }
  const [poison, apply] = r.pick(envelopePoisons)
  apply(body, r)
  return { body, poison }
}

/** JSON text, sometimes broken: cut short, a byte-order mark, JavaScript that is not JSON, bad bytes. */
const jsonText = (r: Random, value: unknown): string | Uint8Array => {
  const json = JSON.stringify(value) ?? 'undefined'
  if (!r.chance(0.15)) return json
  switch (r.int(5)) {
    case 0: return json.slice(0, r.int(json.length))
    case 1: return `\ufeff${json}`
    case 2: return json.replace(/"/g, "'")
    case 3: return `${json},`
    default: return Buffer.concat([Buffer.from(json.slice(0, 20)), Buffer.from([0xff, 0xfe, 0xc0]), Buffer.from(json.slice(20))])
  }
}

function submitCase(r: Random, index: number, targets: FuzzTargets): FuzzCase {
  const { body, poison } = submissionBody(r)
  const headers: Record<string, string> = { 'x-submit-key': r.chance(0.95) ? targets.submitKey : r.pick(['', 'wrong', targets.submitKey.slice(1)]) }
  let sent = jsonText(r, body)
  headers['content-type'] = r.chance(0.85)
    ? r.pick(['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/json; charset=utf-16'])
    : r.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/jsonx', 'multipart/form-data', ''])
  if (headers['content-type'] === '') delete headers['content-type']
  if (r.chance(0.03)) sent = JSON.stringify({ ...(body as object), padding: 'p'.repeat(40_000) })
  if (r.chance(0.2)) headers['accept-language'] = r.pick(['ar', 'en-GB,en;q=0.9', 'xx', '*', text(r, 3).replace(/[^\x20-\x7e]/g, '')])
  const what = `POST /api/referrals/submit: ${poison}, content type "${headers['content-type'] ?? ''}", ${typeof sent === 'string' ? sent.length : sent.byteLength} bytes${headers['x-submit-key'] === targets.submitKey ? '' : ', wrong key'}`
  return { index, target: 'submit', what, path: '/api/referrals/submit', headers, body: sent }
}

function deliverCase(r: Random, index: number, targets: FuzzTargets): FuzzCase {
  const key = sealingKey(targets.outboxPublicKey)
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream', 'x-submit-key': targets.submitKey }
  let body: Uint8Array
  let what: string
  switch (r.int(6)) {
    case 0:
      ;[body, what] = [r.bytes(r.int(2000)), 'random bytes']
      break
    case 1: {
      const box = seal(key, Buffer.from(JSON.stringify({ queuedAt: new Date().toISOString(), submission: submissionBody(r).body })))
      box[r.int(box.length)] ^= 1 + r.int(255)
      ;[body, what] = [box, 'a sealed letter with one byte changed']
      break
    }
    case 2: {
      const box = seal(key, Buffer.from(JSON.stringify({ queuedAt: new Date().toISOString(), submission: submissionBody(r).body })))
      ;[body, what] = [box.subarray(0, r.int(box.length)), 'a sealed letter cut short']
      break
    }
    case 3:
      ;[body, what] = [seal(key, Buffer.from(String(jsonText(r, anyJson(r))))), 'sealed random JSON']
      break
    case 4: {
      const letter = { queuedAt: r.pick([new Date().toISOString(), 'igår', '', 17]), submission: submissionBody(r).body }
      ;[body, what] = [seal(key, Buffer.from(JSON.stringify(letter))), 'a sealed letter with a bad date or a bad submission']
      break
    }
    default: {
      const { body: submission, poison } = submissionBody(r)
      ;[body, what] = [seal(key, Buffer.from(JSON.stringify({ queuedAt: new Date().toISOString(), submission }))), `a sealed letter: ${poison}`]
    }
  }
  if (r.chance(0.05)) [headers['content-type'], what] = [r.pick(['application/json', 'text/plain', '']), `${what}, content type "${headers['content-type']}"`]
  if (r.chance(0.03)) [headers['x-submit-key'], what] = ['', `${what}, no key`]
  if (r.chance(0.02)) [body, what] = [r.bytes(40_000), 'random bytes over the size limit']
  if (headers['content-type'] === '') delete headers['content-type']
  return { index, target: 'deliver', what: `POST /api/referrals/deliver: ${what}`, path: '/api/referrals/deliver', headers, body }
}

/** Every case of a run, made from the seed before any is sent. */
export function fuzzCases(seed: number, count: number, targets: FuzzTargets): FuzzCase[] {
  const r = random(seed)
  return Array.from({ length: count }, (_, index) => {
    const roll = r.next()
    return roll < 0.45 ? siteCase(r, index, targets) : roll < 0.85 ? submitCase(r, index, targets) : deliverCase(r, index, targets)
  })
}

const namedErrors = (body: unknown) => {
  const errors = (body as { errors?: unknown } | null)?.errors
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    // The field is the posted name as it was, '' included (an unknown field named ''); code and message say why.
    errors.every(
      (e: { field?: unknown; code?: unknown; message?: unknown }) =>
        typeof e.field === 'string' && [e.code, e.message].every((part) => typeof part === 'string' && part.length > 0),
    )
  )
}

/** What is wrong with an answer, or null when it is as it should be. */
function verdict(target: Target, status: number, body: string): string | null {
  if (status >= 500) return 'a server error'
  if (target === 'site') {
    if (status >= 200 && status < 300) return /class="reference"/.test(body) ? 'a confirmation for a request that must not be stored' : null
    if (status >= 400 && status < 500) return body.trim().length > 0 ? null : 'a 4xx that does not say why'
    return `an unexpected status`
  }
  if (status < 400 || status >= 500) return 'not refused'
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return 'a 4xx that is not JSON'
  }
  return namedErrors(parsed) ? null : 'a 4xx whose errors do not each name a field, a code and a message'
}

const baseUrl = (target: Target, targets: FuzzTargets) => (target === 'site' ? targets.siteUrl : targets.cmsUrl)

/** Sends every case, `concurrency` at a time, and judges each answer. */
export async function runFuzz(options: { targets: FuzzTargets; seed: number; cases: number; concurrency?: number }): Promise<FuzzReport> {
  const started = performance.now()
  const cases = fuzzCases(options.seed, options.cases, options.targets)
  const report: FuzzReport = { seed: options.seed, cases: cases.length, byTarget: { site: 0, submit: 0, deliver: 0 }, statuses: {}, problems: [], ms: 0 }
  let next = 0
  const worker = async () => {
    for (let c = cases[next++]; c !== undefined; c = cases[next++]) {
      report.byTarget[c.target]++
      let status: number | 'no answer' = 'no answer'
      let problem: string | null
      try {
        const response = await fetch(`${baseUrl(c.target, options.targets)}${c.path}`, {
          method: 'POST',
          headers: c.headers,
          body: typeof c.body === 'string' ? c.body : new Uint8Array(c.body),
          redirect: 'manual',
          signal: AbortSignal.timeout(60_000),
        })
        status = response.status
        problem = verdict(c.target, status, await response.text())
      } catch (error) {
        problem = `no answer (${(error as Error).name}: ${(error as Error).message})`
      }
      report.statuses[`${c.target} ${status}`] = (report.statuses[`${c.target} ${status}`] ?? 0) + 1
      if (problem) report.problems.push({ index: c.index, target: c.target, what: c.what, status, problem })
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker))
  report.ms = Math.round(performance.now() - started)
  report.problems.sort((a, b) => a.index - b.index)
  return report
}

/** A seed from FUZZ_SEED (to replay a failure), else a new one. */
export const fuzzSeed = () => (process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31))

/** The problems in lines a person can act on: the seed to replay and what each failing case sent. */
export const describeProblems = (report: FuzzReport, limit = 20) =>
  [
    `${report.problems.length} of ${report.cases} cases failed. Replay with FUZZ_SEED=${report.seed}.`,
    ...report.problems.slice(0, limit).map((p) => `  case ${p.index} (${p.target}, ${p.status}): ${p.problem}. Sent ${p.what}`),
  ].join('\n')
