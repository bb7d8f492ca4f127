import { startToken, waitToken } from '../../site/src/lib/fillGuard'

/**
 * The self-referral form as the browser posts it without JavaScript: the answers of every step and the
 * form's own control fields, form-encoded, to `/stod/<service>/anmalan`. For tests and benchmarks that
 * send many referrals through the site without driving a browser.
 */

/** A resident's self-referral to IPS in the form's own field names (synthetic data). */
export const ipsFormAnswers: Record<string, string | string[]> = {
  referrerKind: 'self',
  name: 'Formulär Testsson',
  dateOfBirth: '1991-03-04',
  gender: 'man',
  phone: '070-174 06 77',
  contactChannels: ['phone', 'sms'],
  municipality: '0380',
  careContacts: ['primaryCare'],
  goals: ['work'],
  hasJobOrStudies: 'yes',
  currentActivity: 'Volontär på loppis',
  consentToCollaboration: 'yes',
  heardFrom: 'web',
}

/**
 * A start time the site accepts as a person's: signed with the submit key, as the form's first page
 * signs it (needs SUBMIT_API_KEY in this process, as the system's), and older than the minimum fill time.
 */
export const personStartToken = () => startToken(new Date(Date.now() - 60_000))

/**
 * The final "Send" of the check-your-answers page, as a browser without JavaScript sends it the second
 * time: with the signed wait of the slower path, already over (needs CHALLENGE_HMAC_KEY, as the system's).
 */
export const sendFields = (
  answers: Record<string, string | string[]>,
  idempotencyKey: string,
  startedAt = personStartToken(),
) => {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(answers))
    for (const v of [value].flat()) body.append(name, v)
  body.append('_view', 'check')
  body.append('_key', idempotencyKey)
  body.append('_started', startedAt)
  body.append('_wait', waitToken(idempotencyKey, new Date(Date.now() - 60_000)))
  body.append('homepage_url', '')
  body.append('_action', 'submit')
  return body
}

/** Posts the form as a browser on the site's own page does (same-origin, so Astro's origin check passes). */
export const postForm = (
  siteUrl: string,
  path: string,
  body: URLSearchParams | string,
  headers: Record<string, string> = {},
) =>
  fetch(new URL(path, siteUrl), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: new URL(siteUrl).origin,
      ...headers,
    },
    body: body.toString(),
    redirect: 'manual',
  })

/** The reference on the confirmation page, or null when the page is not a confirmation. */
export const referenceOnPage = (html: string) =>
  /class="reference"[^>]*>\s*([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3})\s*</.exec(html)?.[1] ?? null
