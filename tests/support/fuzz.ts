/**
 * A seeded fuzzer for the public ways in: the site's referral page (form posts, as browsers and bots
 * send them), the CMS's submit endpoint (JSON from the site's server), its deliver endpoint (sealed
 * outbox letters), and every other public path of the CMS as a caller who is not signed in sees it
 * (`read`: REST reads of every collection with malformed ids, `where`, `sort`, `depth`, `limit`,
 * `page`, `locale`, `select` and `draft`; the plugin's public endpoints and the open data (HSDS); the
 * account endpoints; GraphQL with malformed queries and variables). Each submission is a request
 * that must not be stored: every one carries at least one defect that makes it invalid (its
 * "poison"), and random noise on top. The verdict for each answer: never a 5xx; the submit and deliver endpoints answer 4xx
 * with every error naming a field, a code and a message; the other CMS paths answer a 4xx with a
 * message, or a 2xx that holds no referral data; the site answers a page that is not a confirmation,
 * or a 4xx that says why. The caller checks that nothing was stored and the outbox stayed empty.
 * `npm test` runs ~2,000 cases, `npm run bench -- fuzz` 10,000.
 *
 * Cases are made before any is sent, from the seed alone, so a seed and a case number reproduce one.
 */
import { generateReference, locales } from '@stodportalen/support-services/domain'
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

type Target = 'site' | 'submit' | 'deliver' | 'read'

interface FuzzCase {
  index: number
  target: Target
  /** What was sent, in words, to reproduce and read a failure. */
  what: string
  method?: 'GET' | 'POST'
  /** A read of what a caller who is not signed in must not see (referrals, accounts…): any document in the answer is a leak. */
  closed?: boolean
  path: string
  headers: Record<string, string>
  body?: string | Uint8Array
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
  'a',
  'Å',
  'ö',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '0',
  '9',
  '-',
  '+',
  '@',
  '.',
  ',',
  ';',
  '&',
  '=',
  '%',
  '%2',
  '%ZZ',
  '#',
  '"',
  "'",
  '<script>',
  '</textarea>',
  '{{x}}',
  '${x}',
  '\\',
  '/',
  'null',
  'true',
  '1e309',
  'NaN',
  'مرحبا',
  'ここ',
  '😀',
  '\u0000',
  '\u0007',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udfff',
  "Robert'); DROP TABLE referrals;--",
]
const text = (r: Random, maxPieces = 12) =>
  Array.from({ length: r.int(maxPieces + 1) }, () => r.pick(pieces)).join('')
const longText = (r: Random) =>
  r.pick(['x', 'å', '😀', 'ab ']).repeat(r.pick([101, 1001, 5000, 40_000]))

const anyJson = (r: Random, depth = 0): unknown => {
  const kinds = depth > 3 ? 5 : 8
  switch (r.int(kinds)) {
    case 0:
      return null
    case 1:
      return r.chance(0.5)
    case 2:
      return r.pick([0, -1, 1.5, 1e308, -0, 2 ** 53 + 1])
    case 3:
      return text(r)
    case 4:
      return r.chance(0.1) ? longText(r) : ''
    case 5:
      return Array.from({ length: r.int(4) }, () => anyJson(r, depth + 1))
    case 6:
      return Object.fromEntries(
        Array.from({ length: r.int(4) }, () => [text(r, 3), anyJson(r, depth + 1)]),
      )
    default:
      return { service: anyJson(r, depth + 1), answers: anyJson(r, depth + 1) }
  }
}

/** A defect that makes the answers invalid in every form (these questions are in all of them). */
const formPoisons: Array<
  [string, (answers: Record<string, string | string[]>, r: Random) => void]
> = [
  ['name missing', (a) => delete a.name],
  ['name blank', (a) => (a.name = '   ')],
  ['name too long', (a, r) => (a.name = 'x'.repeat(101 + r.int(5000)))],
  ['date of birth in the future', (a) => (a.dateOfBirth = '2999-01-01')],
  [
    'date of birth not a date',
    (a, r) => (a.dateOfBirth = r.pick(['1990-02-30', '17 maj', 'x', '1990-13-01'])),
  ],
  ['municipality not an option', (a, r) => (a.municipality = r.pick(['9999', 'Stockholm', '']))],
  ['consent missing', (a) => delete a.consentToCollaboration],
  ['message too long', (a) => (a.message = 'm'.repeat(1001))],
]

/** The same defects in the JSON the site sends the CMS, plus wrong types and unknown questions. */
const answerPoisons: Array<[string, (answers: Record<string, unknown>, r: Random) => void]> = [
  ['name missing', (a) => delete a.name],
  [
    'name of the wrong type',
    (a, r) => (a.name = r.pick([42, ['Testa'], { first: 'Testa' }, null, true])),
  ],
  ['name too long', (a, r) => (a.name = 'x'.repeat(101 + r.int(5000)))],
  ['date of birth in the future', (a) => (a.dateOfBirth = '2999-01-01')],
  [
    'date of birth not a date',
    (a, r) => (a.dateOfBirth = r.pick(['1990-02-30', 'igår', 19900517, ''])),
  ],
  ['consent as text', (a) => (a.consentToCollaboration = 'yes')],
  ['contact channel not an option', (a) => (a.contactChannels = ['fax'])],
  ['contact channels not a list', (a) => (a.contactChannels = 'phone')],
  ['unknown question', (a, r) => (a[`x${r.int(1000)}`] = 'F32')],
  ['answer to a hidden question', (a) => (a.hasJobOrStudies = false)],
  ['message too long', (a) => (a.message = 'm'.repeat(1001))],
]

/** Defects of the submission around the answers. */
const envelopePoisons: Array<[string, (body: Record<string, unknown>, r: Random) => void]> = [
  [
    'unknown service',
    (b, r) => (b.service = r.pick(['astrology', 'IPS', '', '../ips', 'ips ', 'a'.repeat(101)])),
  ],
  ['service of the wrong type', (b, r) => (b.service = r.pick([1, null, ['ips'], {}]))],
  ['answers not an object', (b, r) => (b.answers = r.pick([null, [], 'name=Testa', 7]))],
  ['locale not an option', (b, r) => (b.locale = r.pick(['xx', 'SV', '', 5]))],
  [
    'idempotency key malformed',
    (b, r) =>
      (b.idempotencyKey = r.pick([
        'short',
        'has spaces in it',
        'ä'.repeat(20),
        'x'.repeat(101),
        12345678,
      ])),
  ],
  [
    'reference malformed',
    (b, r) => (b.reference = r.pick(['ABCD-EFGH-JK2', '', 'K7M4Q9TRXB', 42])),
  ],
  ['form malformed', (b, r) => (b.form = r.pick([-1, 0, 1.5, 'form with spaces', true]))],
  [
    'unknown top-level field',
    (b, r) => (b[r.pick(['status', 'assignee', 'receivedAt', '__proto__x'])] = 'enrolled'),
  ],
]

const services = ['ips', 'sed', 'se'] as const
const localePrefixes = ['', '/lattlast', '/en', '/ar'] as const
const freshKey = (r: Random) =>
  Array.from({ length: 32 }, () => r.pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('')
const proposedReference = (r: Random) => generateReference((n) => r.bytes(n))

const applyNoise = (r: Random, fields: Array<[string, string]>, keep: Set<string>) => {
  const keys = [...new Set(fields.map(([key]) => key))].filter((key) => !keep.has(key))
  for (let n = r.int(4); n > 0; n--) {
    switch (r.int(5)) {
      case 0:
        fields.push([text(r, 3) || 'x', text(r)])
        break // unknown field
      case 1:
        if (keys.length) fields.push([r.pick(keys), text(r)])
        break // a value twice
      case 2: {
        // a value replaced
        const at = fields.findIndex(([key]) => key === r.pick(keys))
        if (at >= 0) fields[at] = [fields[at][0], r.chance(0.2) ? longText(r) : text(r)]
        break
      }
      case 3: {
        // a value dropped
        const at = fields.findIndex(([key]) => key === r.pick(keys))
        if (at >= 0) fields.splice(at, 1)
        break
      }
      default:
        fields.sort(() => r.next() - 0.5) // another order
    }
  }
}

/** `a=b&c=d` with the encoder's quirks optionally broken: stray %, raw bytes, `+`, missing `=`. */
const urlEncoded = (r: Random, fields: Array<[string, string]>) => {
  const body = new URLSearchParams(fields).toString()
  if (!r.chance(0.15)) return body
  return r.pick([
    `${body}&%`,
    `${body}&%E2%82`,
    `${body}&&=&==`,
    `${body}&name`,
    body.replaceAll('%20', ' '),
    `%FF%FE${body}`,
    body.replaceAll('&', ';'),
  ])
}

const multipart = (r: Random, fields: Array<[string, string]>) => {
  const boundary = `----fuzz${r.int(1e9)}`
  const parts = fields.map(([name, value]) =>
    r.chance(0.05)
      ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n${value}\r\n`
      : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  )
  const closing = r.chance(0.1) ? '' : `--${boundary}--\r\n`
  const contentType = r.chance(0.1)
    ? 'multipart/form-data'
    : `multipart/form-data; boundary=${boundary}`
  return { body: parts.join('') + closing, contentType }
}

function siteCase(r: Random, index: number, targets: FuzzTargets): FuzzCase {
  const path = `${r.pick(localePrefixes)}/stod/${r.pick(services)}/anmalan`
  const answers: Record<string, string | string[]> = structuredClone(ipsFormAnswers)
  const [poison, apply] = r.pick(formPoisons)
  apply(answers, r)

  // The form's own fields: mostly a "Send" that passes the guards, so the answers are what is tested.
  const action = r.chance(0.75)
    ? 'submit'
    : r.pick(['continue', 'back', 'change:x', '', text(r, 2)])
  const started = r.chance(0.85)
    ? personStartToken()
    : r.pick(['', '123.abc', `${Date.now()}.forged`, text(r)])
  const honeypot = r.chance(0.95) ? '' : r.pick(['http://spam.example', 'x'])
  const fields: Array<[string, string]> = Object.entries(answers).flatMap(([key, value]) =>
    [value].flat().map((v): [string, string] => [key, v]),
  )
  fields.push(
    ['_view', r.chance(0.8) ? 'check' : text(r, 3)],
    ['_key', r.chance(0.9) ? freshKey(r) : text(r, 4)],
    ['_started', started],
  )
  fields.push(['homepage_url', honeypot], ['_action', action])
  applyNoise(
    r,
    fields,
    new Set([
      'name',
      'dateOfBirth',
      'municipality',
      'consentToCollaboration',
      'message',
      '_started',
      'homepage_url',
      '_action',
    ]),
  )

  const origin = r.chance(0.85)
    ? new URL(targets.siteUrl).origin
    : r.pick(['https://elak.example', 'null', ''])
  const headers: Record<string, string> = origin ? { origin } : {}
  let body: string | Uint8Array
  let kind: string
  switch (
    r.pick([
      'form',
      'form',
      'form',
      'form',
      'multipart',
      'bytes',
      'json',
      'text',
      'none',
      'huge',
    ] as const)
  ) {
    case 'multipart': {
      const made = multipart(r, fields)
      ;[body, kind, headers['content-type']] = [made.body, 'multipart', made.contentType]
      break
    }
    case 'bytes':
      ;[body, kind, headers['content-type']] = [
        r.bytes(r.int(4096)),
        'random bytes',
        'application/x-www-form-urlencoded',
      ]
      break
    case 'json':
      ;[body, kind, headers['content-type']] = [
        JSON.stringify(Object.fromEntries(fields)),
        'JSON',
        'application/json',
      ]
      break
    case 'text':
      ;[body, kind, headers['content-type']] = [
        urlEncoded(r, fields),
        'text/plain',
        r.pick(['text/plain', 'text/plain; charset=latin1', 'application/octet-stream', 'x/y']),
      ]
      break
    case 'none':
      ;[body, kind] = [urlEncoded(r, fields), 'no content type']
      break
    case 'huge':
      fields.push(['filler', 'f'.repeat(r.pick([100_000, 500_000, 2_000_000]))])
      ;[body, kind, headers['content-type']] = [
        urlEncoded(r, fields),
        'huge form',
        'application/x-www-form-urlencoded',
      ]
      break
    default:
      ;[body, kind] = [urlEncoded(r, fields), 'form']
      headers['content-type'] = r.pick([
        'application/x-www-form-urlencoded',
        'application/x-www-form-urlencoded; charset=UTF-8',
        'APPLICATION/X-WWW-FORM-URLENCODED',
        'application/x-www-form-urlencoded; charset=utf-16',
      ])
  }
  if (r.chance(0.2)) headers['accept-language'] = text(r, 4).replace(/[^\x20-\x7e]/g, '')
  const what = `POST ${path}: ${kind}, action "${action.slice(0, 20)}", ${poison}${honeypot ? ', honeypot filled' : ''}${started === '' ? ', no start time' : ''}, origin "${origin}"`
  return { index, target: 'site', what, path, headers, body }
}

/** A code as typed or linked: well-formed but unknown, mistyped, or no code at all (one path segment). */
const campaignCode = (r: Random) =>
  r.pick([
    'HHHHHH',
    'hhh%20hhh',
    'ABCDE',
    'ABCDEFG',
    '0O1IL5',
    'a'.repeat(2000),
    Array.from({ length: 1 + r.int(12) }, () => 'aZ29-_~'[r.int(7)]).join(''),
  ])
/** The same, and paths that are not valid percent-encoding or try to climb out. */
const campaignPathCode = (r: Random) =>
  r.chance(0.3) ? r.pick(['%00', '%FF', '..%2F..', 'HHHHHH%00']) : campaignCode(r)

/** A campaign link on the site: whatever the code, a redirect (to the home page when it leads nowhere). */
function campaignLinkCase(r: Random, index: number): FuzzCase {
  const query = r.chance(0.2) ? `?k=${urlText(r, 3)}` : ''
  // The link itself, or an on-demand service or event page it lands on (its code from the query).
  const landing = r.pick([
    `stod/${r.pick(['ips', 'sed', urlText(r, 2)])}`,
    `evenemang/${r.pick(['informationsmote-om-ips', urlText(r, 2)])}`,
  ])
  const path = r.chance(0.7)
    ? `/k/${campaignCode(r)}${query}`
    : `${r.pick(localePrefixes)}/${landing}/kampanj${query || `?k=${campaignCode(r)}`}`
  return { index, target: 'site', what: `GET ${path}`, method: 'GET', path, headers: {} }
}

/** The find page's municipality: whatever was sent, an answer page (an unknown code says so), never an error. */
function findPageCase(r: Random, index: number): FuzzCase {
  const kommun = r.pick(['0381', '0180', 'other', '', '9999', '%00', '%FF', 'a'.repeat(2000)])
  const query = r.chance(0.9) ? `?kommun=${r.chance(0.7) ? kommun : urlText(r, 3)}` : ''
  const path = `${r.pick(localePrefixes)}/hitta-stod${query}`
  return { index, target: 'site', what: `GET ${path}`, method: 'GET', path, headers: {} }
}

/**
 * A status link's token: mostly well-formed (and unknown), sometimes anything. In a site path, no
 * encoded `..`: the server answers a climbing path with a redirect before any route sees it.
 */
const statusToken = (r: Random, inPath = false) =>
  r.chance(0.7)
    ? Buffer.from(Array.from({ length: 32 }, () => r.int(256))).toString('base64url')
    : r.pick([
        '',
        'x',
        '%00',
        inPath ? 'not-a-token' : '..%2F..',
        'a'.repeat(500),
        urlText(r, 3) || 'y',
      ])

/**
 * The resident's status page and the lost-link form on the site, and the CMS endpoints behind them
 * with the site's key: a guessed token opens nothing, a resend answers the same whatever was sent.
 */
function statusPageCase(r: Random, index: number, targets: FuzzTargets): FuzzCase {
  const prefix = r.pick(localePrefixes)
  if (r.chance(0.5)) {
    const lost = r.chance(0.3)
    const path = `${prefix}/min-anmalan/${lost ? '' : statusToken(r, true)}`
    const post = r.chance(0.5)
    const fields: Record<string, string> = lost
      ? {
          reference: r.pick(['', 'ABCD-1234', text(r, 3)]),
          contact: r.pick(['', '070-1234567', text(r, 3)]),
        }
      : {
          action: r.pick(['contact', 'call', 'withdraw', '', text(r, 2)]),
          phone: text(r, 2),
          email: text(r, 2),
          reason: text(r, 4),
        }
    return {
      index,
      target: 'site',
      what: `${post ? 'POST' : 'GET'} ${path}`,
      method: post ? 'POST' : 'GET',
      path,
      headers: post
        ? { 'content-type': 'application/x-www-form-urlencoded', origin: targets.siteUrl }
        : {},
      body: post ? new URLSearchParams(fields).toString() : undefined,
    }
  }
  const resend = r.chance(0.3)
  const path = resend ? '/api/referrals/status/resend' : '/api/referrals/status'
  const body = resend
    ? r.pick([
        { reference: 'ABCD-1234', contact: 'a@b.se' },
        { reference: 1, contact: null },
        anyJson(r),
      ])
    : r.chance(0.7)
      ? {
          token: statusToken(r),
          locale: r.pick(['sv', 'en', 'xx']),
          action: r.pick([undefined, 'contact', 'call', 'withdraw', 'x']),
          phone: text(r, 2),
        }
      : anyJson(r)
  return {
    index,
    target: 'read',
    what: `POST ${path} with the site's key: ${JSON.stringify(body).slice(0, 80)}`,
    method: 'POST',
    closed: false,
    path,
    headers: { 'content-type': 'application/json', 'x-submit-key': targets.submitKey },
    body: String(jsonText(r, body)),
  }
}

/** A submission as the site sends it, with one defect, or something that is no submission at all. */
function submissionBody(r: Random): { body: unknown; poison: string } {
  if (r.chance(0.15)) return { body: anyJson(r), poison: 'random JSON' }
  const answers: Record<string, unknown> = structuredClone(validIpsAnswers)
  const body: Record<string, unknown> = {
    service: r.pick(services),
    locale: r.pick(locales),
    answers,
    idempotencyKey: freshKey(r),
  }
  if (r.chance(0.5)) body.reference = proposedReference(r)
  // Noise first, on answers the poisons leave alone, so it can never undo the poison.
  const poisoned = new Set([
    'name',
    'dateOfBirth',
    'consentToCollaboration',
    'contactChannels',
    'hasJobOrStudies',
    'currentActivity',
    'message',
  ])
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
    case 0:
      return json.slice(0, r.int(json.length))
    case 1:
      return `\ufeff${json}`
    case 2:
      return json.replace(/"/g, "'")
    case 3:
      return `${json},`
    default:
      return Buffer.concat([
        Buffer.from(json.slice(0, 20)),
        Buffer.from([0xff, 0xfe, 0xc0]),
        Buffer.from(json.slice(20)),
      ])
  }
}

function submitCase(r: Random, index: number, targets: FuzzTargets): FuzzCase {
  const { body, poison } = submissionBody(r)
  const headers: Record<string, string> = {
    'x-submit-key': r.chance(0.95)
      ? targets.submitKey
      : r.pick(['', 'wrong', targets.submitKey.slice(1)]),
  }
  let sent = jsonText(r, body)
  headers['content-type'] = r.chance(0.85)
    ? r.pick([
        'application/json',
        'application/json; charset=utf-8',
        'Application/JSON',
        'application/json; charset=utf-16',
      ])
    : r.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/jsonx',
        'multipart/form-data',
        '',
      ])
  if (headers['content-type'] === '') delete headers['content-type']
  if (r.chance(0.03)) sent = JSON.stringify({ ...(body as object), padding: 'p'.repeat(40_000) })
  if (r.chance(0.2))
    headers['accept-language'] = r.pick([
      'ar',
      'en-GB,en;q=0.9',
      'xx',
      '*',
      text(r, 3).replace(/[^\x20-\x7e]/g, ''),
    ])
  const what = `POST /api/referrals/submit: ${poison}, content type "${headers['content-type'] ?? ''}", ${typeof sent === 'string' ? sent.length : sent.byteLength} bytes${headers['x-submit-key'] === targets.submitKey ? '' : ', wrong key'}`
  return { index, target: 'submit', what, path: '/api/referrals/submit', headers, body: sent }
}

function deliverCase(r: Random, index: number, targets: FuzzTargets): FuzzCase {
  const key = sealingKey(targets.outboxPublicKey)
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'x-submit-key': targets.submitKey,
  }
  let body: Uint8Array
  let what: string
  switch (r.int(6)) {
    case 0:
      ;[body, what] = [r.bytes(r.int(2000)), 'random bytes']
      break
    case 1: {
      const box = seal(
        key,
        Buffer.from(
          JSON.stringify({
            queuedAt: new Date().toISOString(),
            submission: submissionBody(r).body,
          }),
        ),
      )
      box[r.int(box.length)] ^= 1 + r.int(255)
      ;[body, what] = [box, 'a sealed letter with one byte changed']
      break
    }
    case 2: {
      const box = seal(
        key,
        Buffer.from(
          JSON.stringify({
            queuedAt: new Date().toISOString(),
            submission: submissionBody(r).body,
          }),
        ),
      )
      ;[body, what] = [box.subarray(0, r.int(box.length)), 'a sealed letter cut short']
      break
    }
    case 3:
      ;[body, what] = [
        seal(key, Buffer.from(String(jsonText(r, anyJson(r))))),
        'sealed random JSON',
      ]
      break
    case 4: {
      const letter = {
        queuedAt: r.pick([new Date().toISOString(), 'igår', '', 17]),
        submission: submissionBody(r).body,
      }
      ;[body, what] = [
        seal(key, Buffer.from(JSON.stringify(letter))),
        'a sealed letter with a bad date or a bad submission',
      ]
      break
    }
    default: {
      const { body: submission, poison } = submissionBody(r)
      ;[body, what] = [
        seal(key, Buffer.from(JSON.stringify({ queuedAt: new Date().toISOString(), submission }))),
        `a sealed letter: ${poison}`,
      ]
    }
  }
  if (r.chance(0.05))
    [headers['content-type'], what] = [
      r.pick(['application/json', 'text/plain', '']),
      `${what}, content type "${headers['content-type']}"`,
    ]
  if (r.chance(0.03)) [headers['x-submit-key'], what] = ['', `${what}, no key`]
  if (r.chance(0.02)) [body, what] = [r.bytes(40_000), 'random bytes over the size limit']
  if (headers['content-type'] === '') delete headers['content-type']
  return {
    index,
    target: 'deliver',
    what: `POST /api/referrals/deliver: ${what}`,
    path: '/api/referrals/deliver',
    headers,
    body,
  }
}

/** Every collection: the public ones (read as anonymous) and those an anonymous caller must be refused. */
const publicCollections = [
  'services',
  'referral-forms',
  'pages',
  'events',
  'stories',
  'media',
  'documents',
  'units',
] as const
const closedCollections = [
  'referrals',
  'referral-events',
  'partners',
  'outreach-activities',
  'users',
  'referral-access-log',
  'referral-tallies',
  'rate-limits',
  'fidelity-reviews',
  'caseload-imports',
  'estimate-parameters',
  'payload-jobs',
  'payload-preferences',
  'payload-locked-documents',
  'payload-kv',
  'payload-migrations',
] as const
const badIds = [
  'abc',
  '1.5',
  '1e30',
  '-1',
  '0',
  '99999999999',
  '2147483648',
  'NaN',
  'Infinity',
  '%00',
  '%FF',
  '%20%31',
  '0x10',
  '1abc',
  'null',
  '%E2%82',
  '..%2F..%2Fetc',
  '1' + '0'.repeat(400),
]
const whereFields = [
  'id',
  'slug',
  'status',
  'createdAt',
  'updatedAt',
  'service',
  'service.slug',
  'service.id',
  'order',
  'audience',
  'title',
  'name',
  '_status',
  'active',
  'eligibility.ageMin',
  'steps.questions.kind',
  'filename',
  'filesize',
  'width',
  'email',
  'reference',
  'applicant.name',
  'nope',
  'version.title',
  'parent',
  'a.b.c.d',
  '',
]
const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'within',
  'intersects',
  'near',
  'nope',
  '',
]
const badValues = [
  'abc',
  '1.5',
  '1e30',
  '1e400',
  '-1',
  '99999999999',
  'NaN',
  '',
  'null',
  'true',
  '99999-01-01',
  '-271821-04-20',
  '2026-13-45',
  'open',
  'nope',
  'a,b',
  '1,2',
  '1.5,2',
  '%00',
  'a%00b',
  '%25',
  '%FF',
  '[1]',
  '{}',
]

/** Text for a URL; a lone surrogate cannot be percent-encoded, so it goes as the bytes UTF-8 would give it. */
const urlText = (r: Random, maxPieces: number) => {
  try {
    return encodeURIComponent(text(r, maxPieces))
  } catch {
    return '%ED%A0%80'
  }
}

/** A query string of a few malformed (and some valid) parameters, with the encoder's quirks kept raw. */
function readParams(r: Random): string {
  const params: string[] = []
  const pickValue = () => (r.chance(0.15) ? urlText(r, 3) : r.pick(badValues))
  for (let n = 1 + r.int(4); n > 0; n--) {
    switch (r.int(11)) {
      case 0:
        params.push(
          `depth=${r.pick(['abc', '-1', '1.5', '3', '10', '1000', '0', '2', '1e20', ''])}`,
        )
        break
      case 1:
        params.push(
          `limit=${r.pick(['abc', '-1', '0', '1.5', '101', '1000000', '1e20', '100', '5', ''])}`,
        )
        break
      case 2:
        params.push(`page=${r.pick(['abc', '-1', '0', '1.5', '1e20', '99999999', '2', ''])}`)
        break
      case 3:
        params.push(
          `sort=${r.pick(['nope', '-', 'a,b', '%00', 'title.x.y', 'id;drop', '-createdAt', 'slug,-id', urlText(r, 2)])}`,
        )
        break
      case 4:
        params.push(
          r.pick([
            'sort[a]=1',
            'sort[]=id',
            'where=abc',
            'where=%7B%22a%22%3A1%7D',
            'where=[1]',
            'where[or]=x',
            'where[and][0]=x',
            'where[or][0][slug][equals]=x',
            'where[slug][equals][0]=a',
          ]),
        )
        break
      case 5:
      case 6:
        params.push(`where[${r.pick(whereFields)}][${r.pick(operators)}]=${pickValue()}`)
        break
      case 7:
        params.push(
          `locale=${r.pick(['xx', '%00', 'all', '*', 'sv', 'ar', 'SV', ''])}`,
          ...(r.chance(0.3) ? [`fallbackLocale=${r.pick(['xx', 'none', 'en'])}`] : []),
        )
        break
      case 8:
        params.push(
          r.pick([
            'select=abc',
            'select[nope]=true',
            'select[slug]=abc',
            'select[slug][x]=1',
            'select[slug]=true',
            'populate=abc',
            'joins=abc',
          ]),
        )
        break
      case 9:
        params.push(
          `${r.pick(['draft', 'pagination', 'trash'])}=${r.pick(['abc', 'true', 'false', '1', ''])}`,
        )
        break
      default:
        params.push(
          r.pick([
            'locale[a]=1',
            'depth[a]=1',
            'limit[]=1',
            'page[x]=1',
            `${urlText(r, 2)}=${pickValue()}`,
          ]),
        )
    }
  }
  return params.join('&')
}

/** A GraphQL request: queries with malformed arguments, variables of the wrong type, bodies that are no query. */
function graphqlBody(r: Random): { body: string; what: string } {
  const list = r.pick([
    'Services',
    'ReferralForms',
    'Pages',
    'Events',
    'Units',
    'allMedia',
    'Users',
    'Partners',
  ])
  const one = r.pick(['Service', 'ReferralForm', 'Page', 'Unit', 'Media', 'User', 'Partner'])
  const argument = () =>
    r.pick([
      `limit: ${r.pick(['-1', '0', '101', '100000', '1.5', '"abc"', '5'])}`,
      `page: ${r.pick(['-1', '0', '2147483648', '1.5', '2'])}`,
      `sort: ${JSON.stringify(r.pick(['nope', '-', 'a,b', '\u0000', '-createdAt', text(r, 2)]))}`,
      `where: { ${r.pick(['slug', 'id', 'createdAt', 'status', 'title', 'nope'])}: { ${r.pick(['equals', 'in', 'like', 'greater_than', 'exists'])}: ${r.pick(['"\\u0000"', '"99999-01-01"', '"abc"', '1.5', '99999999999', 'true', '["a", 1]', 'null', '"open"'])} } }`,
      `where: { OR: ${r.pick(['[]', '[{}]', '"x"', '[{ slug: { equals: "ips" } }]'])} }`,
      `draft: ${r.pick(['true', 'false', '"abc"'])}`,
      `pagination: ${r.pick(['false', 'true'])}`,
      `locale: ${r.pick(['xx', 'sv', 'all', '"sv"'])}`,
    ])
  switch (r.int(6)) {
    case 0:
      return {
        body: r.pick([
          'nope',
          '',
          '{',
          '{"query":1}',
          '{"query":"{"}',
          '[]',
          'null',
          '{"query":"{ __typename }","variables":"x"}',
        ]),
        what: 'a body that is no query',
      }
    case 1: {
      const id = r.pick(['"abc"', '1.5', '-1', '2147483648', '99999999999', 'null', '1'])
      const query = `{ ${one}(id: ${id}) { id } }`
      return { body: JSON.stringify({ query }), what: query }
    }
    case 2: {
      const query = `query($id: Int!) { ${one}(id: $id) { id } }`
      const variables = { id: r.pick(['abc', 1.5, 2 ** 31, -1, null, [1], { a: 1 }]) }
      return {
        body: JSON.stringify({ query, variables }),
        what: `${query} with ${JSON.stringify(variables)}`,
      }
    }
    case 3: {
      const query = `query($where: ${list.replace(/s$/, '').replace(/^all/, '')}_where, $limit: Int) { ${list}(where: $where, limit: $limit) { docs { id } } }`
      const variables = {
        where: r.pick([
          { slug: { equals: '\u0000' } },
          { id: { equals: 'abc' } },
          { createdAt: { greater_than: '99999-01-01' } },
          'x',
          [1],
        ]),
        limit: r.pick([-1, 1000, 1.5, 'x', 3]),
      }
      return {
        body: JSON.stringify({ query, variables }),
        what: `${query} with ${JSON.stringify(variables)}`,
      }
    }
    default: {
      const args = Array.from({ length: 1 + r.int(3) }, argument).join(', ')
      const query = `{ ${list}(${args}) { docs { id } totalDocs } }`
      return { body: JSON.stringify({ query }), what: query }
    }
  }
}

/** The open data (HSDS 3.1): every list and object, with random ids and parameters, ours and Payload's. */
function hsdsPath(r: Random, badId: () => string): string {
  const kind = r.pick([
    'services',
    'organizations',
    'service_at_locations',
    'taxonomies',
    'taxonomy_terms',
  ])
  const id = () =>
    r.chance(0.5)
      ? badId()
      : r.pick([
          '00000000-0000-5000-8000-000000000000',
          'FFFFFFFF-FFFF-5FFF-BFFF-FFFFFFFFFFFF',
          '3d5f6c1e-8a4b-4f0e-9c27-5b1e7a9d2c64',
        ])
  const value = () =>
    r.pick([
      '',
      '0',
      '-1',
      '1',
      '100',
      '101',
      '1e20',
      'abc',
      '%00',
      '%FF',
      '2026-02-30',
      '2026-12-01T10:00:00Z',
      'ar',
      'json',
      '00000000-0000-5000-8000-000000000000',
      urlText(r, 3),
    ])
  const params = Array.from(
    { length: r.int(4) },
    () =>
      `${r.pick(['page', 'per_page', 'search', 'modified_after', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'lang', 'format', 'full'])}=${value()}`,
  )
  if (r.chance(0.2)) params.push(readParams(r))
  const path = r.pick([
    '',
    '/openapi.json',
    `/${kind}`,
    `/${kind}`,
    `/${kind}/${id()}`,
    `/${kind}/${id()}/x`,
  ])
  return `/api/hsds${path}${params.length ? `?${params.join('&')}` : ''}`
}

/** A request a caller who is not signed in may send to the CMS outside the submit and deliver endpoints. */
function readCase(r: Random, index: number): FuzzCase {
  const collection = r.chance(0.75) ? r.pick(publicCollections) : r.pick(closedCollections)
  const closed = !(publicCollections as readonly string[]).includes(collection)
  const get = (path: string, what = `GET ${path}`): FuzzCase => ({
    index,
    target: 'read',
    what,
    method: 'GET',
    closed,
    path,
    headers: {},
  })
  const post = (path: string, body: string, what: string): FuzzCase => ({
    index,
    target: 'read',
    what: `POST ${path}: ${what}`,
    method: 'POST',
    closed: false,
    path,
    headers: {
      'content-type': r.chance(0.9)
        ? 'application/json'
        : r.pick(['text/plain', 'application/x-www-form-urlencoded']),
    },
    body,
  })
  const badId = () => (r.chance(0.1) ? urlText(r, 3) || 'x' : r.pick(badIds))
  switch (
    r.pick([
      'find',
      'find',
      'find',
      'byId',
      'byId',
      'count',
      'versions',
      'endpoint',
      'account',
      'graphql',
      'graphql',
    ] as const)
  ) {
    case 'find':
      return get(`/api/${collection}?${readParams(r)}`)
    case 'byId':
      return get(
        `/api/${collection}/${r.chance(0.8) ? badId() : '1'}${r.chance(0.5) ? `?${readParams(r)}` : ''}`,
      )
    case 'count':
      return get(`/api/${collection}/count?${readParams(r)}`)
    case 'versions':
      return get(
        `/api/${r.pick(['pages', 'events', 'stories', 'services', 'referral-forms'])}/versions${r.chance(0.5) ? `/${badId()}` : ''}?${readParams(r)}`,
      )
    case 'endpoint': {
      const slug = r.pick([
        'ips',
        'sed',
        'se',
        'abc',
        '%00',
        '%FF',
        'ips%00',
        '..',
        'a'.repeat(2000),
        urlText(r, 3) || 'x',
      ])
      // The open data, queue status and campaign links are public by design: documents may answer.
      const open = (path: string): FuzzCase => ({ ...get(path), closed: false })
      if (r.chance(0.25)) return open(hsdsPath(r, badId))
      if (r.chance(0.4)) return open(`/api/services/${slug}/queue-status`)
      if (r.chance(0.2))
        return open(`/api/campaign-links/${r.chance(0.5) ? campaignPathCode(r) : slug}`)
      // Draft previews: only a token signed by the CMS opens one.
      if (r.chance(0.2))
        return get(
          `/api/preview/${r.pick(['document', 'open'])}?token=${slug}.${urlText(r, 3)}&kind=page&id=${badId()}&locale=sv`,
        )
      if (r.chance(0.3))
        return get(
          `/api/${r.pick(['media', 'documents'])}/file/${r.pick(['nope.png', '%00', '..%2F..%2Fetc%2Fpasswd', urlText(r, 3) || 'x'])}`,
        )
      return post(
        `/api/services/${slug}/eligibility`,
        String(jsonText(r, anyJson(r))),
        'eligibility with random facts',
      )
    }
    case 'account': {
      const path = r.pick([
        '/api/users/login',
        '/api/users/forgot-password',
        '/api/users/reset-password',
        '/api/users/unlock',
        '/api/users/logout',
        '/api/users/refresh-token',
        `/api/users/verify/${badId()}`,
        '/api/users/first-register',
      ])
      const body = r.pick([
        { email: 'a\u0000@x.se', password: 'x' },
        { email: 1 },
        { token: '\u0000', password: 'p' },
        { email: text(r, 4), password: text(r, 4) },
        anyJson(r),
      ])
      if (r.chance(0.2))
        return {
          ...get(
            r.pick([
              '/api/users/me',
              '/api/access',
              '/api/users/init',
              `/api/${badId()}`,
              `/api/globals/${badId()}`,
            ]),
          ),
          closed: false,
        }
      return post(path, String(jsonText(r, body)), 'credentials, malformed or random')
    }
    default: {
      const { body, what } = graphqlBody(r)
      const path = r.chance(0.9)
        ? '/api/graphql'
        : `/api/graphql?locale=${r.pick(['xx', 'sv', '%00'])}`
      return { ...post(path, body, what), closed: /\b(Users?|Partners?)\(/.test(what) }
    }
  }
}

/** Every case of a run, made from the seed before any is sent. */
export function fuzzCases(seed: number, count: number, targets: FuzzTargets): FuzzCase[] {
  const r = random(seed)
  return Array.from({ length: count }, (_, index) => {
    const roll = r.next()
    if (roll < 0.35)
      return r.chance(0.1)
        ? r.chance(0.5)
          ? campaignLinkCase(r, index)
          : findPageCase(r, index)
        : r.chance(0.1)
          ? statusPageCase(r, index, targets)
          : siteCase(r, index, targets)
    if (roll < 0.6) return submitCase(r, index, targets)
    return roll < 0.7 ? deliverCase(r, index, targets) : readCase(r, index)
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
        typeof e.field === 'string' &&
        [e.code, e.message].every((part) => typeof part === 'string' && part.length > 0),
    )
  )
}

/** Keys only referrals and their events have: none may reach a caller who is not signed in. */
const referralKeys = /"(reference|applicant|personLookup|referrer|referral)"\s*:/
/** A story's consent record (when given, for what, withdrawn) is staff-only too. */
const consentKeys = /"(consent|givenOn|withdrawnOn)"\s*:/

/** A CMS path other than submit and deliver: a 4xx says why in Payload's error shape, nothing leaks. */
function readVerdict(c: FuzzCase, status: number, body: string): string | null {
  if (referralKeys.test(body)) return 'referral data for a caller who is not signed in'
  if (consentKeys.test(body)) return "a story's consent record for a caller who is not signed in"
  let parsed: { errors?: unknown; message?: unknown; data?: unknown } | null
  try {
    parsed = JSON.parse(body)
  } catch {
    return status >= 400 ? 'a 4xx that is not JSON' : null // a file from /api/media/file
  }
  const errors = Array.isArray(parsed?.errors)
    ? (parsed.errors as Array<{ message?: unknown; extensions?: { statusCode?: number } }>)
    : []
  if (errors.some((e) => (e.extensions?.statusCode ?? 0) >= 500))
    return 'a GraphQL error with a server status'
  if (status >= 400) {
    const said =
      errors.length > 0
        ? errors.every((e) => typeof e.message === 'string' && e.message.length > 0)
        : typeof parsed?.message === 'string' && parsed.message.length > 0
    return said ? null : 'a 4xx without a message'
  }
  if (c.closed && /"id":/.test(JSON.stringify(parsed?.data ?? parsed)))
    return 'a document a caller who is not signed in must not see'
  return null
}

const decodes = (path: string) => {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

/** What is wrong with an answer, or null when it is as it should be. */
function verdict(c: FuzzCase, status: number, body: string): string | null {
  const { target } = c
  if (status >= 500) return 'a server error'
  if (target === 'read') return readVerdict(c, status, body)
  if (target === 'site') {
    // A link whose address cannot be decoded is refused (400) before any route sees it, like every other.
    if (c.path.startsWith('/k/'))
      return status === 303 || (status === 400 && !decodes(c.path))
        ? null
        : 'a campaign link that does not redirect'
    // The lost-link form answers a sent request by redirecting back to itself (POST-redirect-GET).
    if (status === 303 && /^(?:\/[a-z]+)?\/min-anmalan\/(?:\?|$)/.test(c.path)) return null
    // A campaign variant of a page without a well-formed code sends to the ordinary page.
    if (status === 303 && /\/kampanj(?:\?|$)/.test(c.path)) return null
    if (status >= 200 && status < 300)
      return /class="reference"/.test(body)
        ? 'a confirmation for a request that must not be stored'
        : null
    if (status >= 400 && status < 500)
      return body.trim().length > 0 ? null : 'a 4xx that does not say why'
    return `an unexpected status`
  }
  if (status < 400 || status >= 500) return 'not refused'
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return 'a 4xx that is not JSON'
  }
  return namedErrors(parsed)
    ? null
    : 'a 4xx whose errors do not each name a field, a code and a message'
}

const baseUrl = (target: Target, targets: FuzzTargets) =>
  target === 'site' ? targets.siteUrl : targets.cmsUrl

/** Sends every case, `concurrency` at a time, and judges each answer. */
export async function runFuzz(options: {
  targets: FuzzTargets
  seed: number
  cases: number
  concurrency?: number
  only?: Target[]
}): Promise<FuzzReport> {
  const started = performance.now()
  const cases = fuzzCases(options.seed, options.cases, options.targets).filter(
    (c) => !options.only || options.only.includes(c.target),
  )
  // Making the cases holds the event loop for seconds: let a connection the server closed meanwhile (its
  // keep-alive timeout) be seen as closed, or the first request goes out on it and fails.
  await new Promise((resolve) => setTimeout(resolve, 100))
  const report: FuzzReport = {
    seed: options.seed,
    cases: cases.length,
    byTarget: { site: 0, submit: 0, deliver: 0, read: 0 },
    statuses: {},
    problems: [],
    ms: 0,
  }
  let next = 0
  const worker = async () => {
    for (let c = cases[next++]; c !== undefined; c = cases[next++]) {
      report.byTarget[c.target]++
      let status: number | 'no answer' = 'no answer'
      let problem: string | null
      try {
        const response = await fetch(`${baseUrl(c.target, options.targets)}${c.path}`, {
          method: c.method ?? 'POST',
          headers: c.headers,
          body:
            c.body === undefined || typeof c.body === 'string' ? c.body : new Uint8Array(c.body),
          redirect: 'manual',
          signal: AbortSignal.timeout(60_000),
        })
        status = response.status
        problem = verdict(c, status, await response.text())
      } catch (error) {
        problem = `no answer (${(error as Error).name}: ${(error as Error).message})`
      }
      report.statuses[`${c.target} ${status}`] = (report.statuses[`${c.target} ${status}`] ?? 0) + 1
      if (problem)
        report.problems.push({ index: c.index, target: c.target, what: c.what, status, problem })
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker))
  report.ms = Math.round(performance.now() - started)
  report.problems.sort((a, b) => a.index - b.index)
  return report
}

/** A seed from FUZZ_SEED (to replay a failure), else a new one. */
export const fuzzSeed = () =>
  process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31)

/** The problems in lines a person can act on: the seed to replay and what each failing case sent. */
export const describeProblems = (report: FuzzReport, limit = 20) =>
  [
    `${report.problems.length} of ${report.cases} cases failed. Replay with FUZZ_SEED=${report.seed}.`,
    ...report.problems
      .slice(0, limit)
      .map((p) => `  case ${p.index} (${p.target}, ${p.status}): ${p.problem}. Sent ${p.what}`),
  ].join('\n')
