import type { StatusPageMessageKey } from './statusPage'
import type { Status } from './workflow'

/**
 * The two e-mails a new referral can cause, built from what they are allowed to say and nothing more:
 * their inputs carry no applicant data at all, so no answer can leak into them by mistake.
 */
import { htmlLang, type Locale, textDirection } from './locales'
import { translate } from './messages'
import { firstContactGoalDays } from './queue'
import { residentUpdatePhaseKey } from './residentUpdates'

export interface EmailContent {
  subject: string
  text: string
  html: string
}

/** The intake team's notice: which referral, to which service, and where to read it (after logging in). */
export interface IntakeNotice {
  reference: string
  /** In Swedish: the staff's language. */
  serviceName: string
  /** The referral in the admin. */
  link: string
}

/** The resident's confirmation: the reference number, what happens next and how to reach the service. */
export interface ApplicantConfirmation {
  locale: Locale
  reference: string
  /** In the resident's language. */
  serviceName: string
  contact: { phone?: string | null; email?: string | null; openingHours?: string | null }
  /** The resident's status page (domain/statusPage.ts), when the referral has one. */
  statusLink?: string
}

export const confirmationTextKeys = [
  'confirmation.subject',
  'confirmation.intro',
  'confirmation.reference',
  'confirmation.referenceNote',
  'confirmation.nextTitle',
  'confirmation.nextContact',
  'confirmation.nextQueue',
  'confirmation.questions',
  'confirmation.phone',
  'confirmation.email',
] as const
export type ConfirmationMessageKey = (typeof confirmationTextKeys)[number]

/** The staff's words (Swedish, like the admin). */
const intakeTexts = {
  subject: 'Ny anmälan {reference} till {service}',
  open: 'Öppna anmälan i intagskön',
  privacy: 'Mejlet innehåller inga personuppgifter. Logga in för att läsa anmälan.',
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** Numbers and addresses keep their left-to-right order inside right-to-left text. */
const ltr = (text: string) => `<bdi dir="ltr">${escapeHtml(text)}</bdi>`

const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder)

const htmlDocument = (locale: Locale, subject: string, body: string) =>
  [
    '<!doctype html>',
    `<html lang="${htmlLang(locale)}" dir="${textDirection(locale)}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a">`,
    body,
    '</body>',
    '</html>',
  ].join('\n')

export function intakeNotificationEmail({
  reference,
  serviceName,
  link,
}: IntakeNotice): EmailContent {
  const subject = fill(intakeTexts.subject, { reference, service: serviceName })
  const text = [`${subject}.`, '', `${intakeTexts.open}:`, link, '', intakeTexts.privacy, ''].join(
    '\n',
  )
  const html = htmlDocument(
    'sv',
    subject,
    [
      `<p>${escapeHtml(subject)}.</p>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(intakeTexts.open)}</a></p>`,
      `<p>${escapeHtml(intakeTexts.privacy)}</p>`,
    ].join('\n'),
  )
  return { subject, text, html }
}

export function applicantConfirmationEmail({
  locale,
  reference,
  serviceName,
  contact,
  statusLink,
}: ApplicantConfirmation): EmailContent {
  const t = (
    key: ConfirmationMessageKey | StatusPageMessageKey,
    params?: Record<string, string | number>,
  ) => translate(key, locale, params)
  // Placeholders are filled after escaping, so the HTML part escapes every text exactly once.
  const th = (key: ConfirmationMessageKey, params: Record<string, string> = {}) =>
    fill(escapeHtml(t(key)), params)
  const days = String(firstContactGoalDays)
  const subject = t('confirmation.subject', { reference })

  const contactLines = [
    contact.phone && {
      text: t('confirmation.phone', { phone: contact.phone }),
      html: th('confirmation.phone', { phone: ltr(contact.phone) }),
    },
    contact.email && {
      text: t('confirmation.email', { email: contact.email }),
      html: th('confirmation.email', { email: ltr(contact.email) }),
    },
    contact.openingHours && { text: contact.openingHours, html: escapeHtml(contact.openingHours) },
  ].filter((line): line is { text: string; html: string } => Boolean(line))

  const text = [
    t('confirmation.intro', { service: serviceName }),
    '',
    t('confirmation.reference', { reference }),
    t('confirmation.referenceNote'),
    ...(statusLink ? ['', t('confirmation.statusLink'), statusLink] : []),
    '',
    t('confirmation.nextTitle'),
    t('confirmation.nextContact', { days }),
    t('confirmation.nextQueue'),
    '',
    t('confirmation.questions'),
    serviceName,
    ...contactLines.map((line) => line.text),
    '',
  ].join('\n')

  const html = htmlDocument(
    locale,
    subject,
    [
      `<p>${th('confirmation.intro', { service: escapeHtml(serviceName) })}</p>`,
      `<p>${th('confirmation.reference', { reference: `<strong>${ltr(reference)}</strong>` })}</p>`,
      `<p>${th('confirmation.referenceNote')}</p>`,
      ...(statusLink ? [linkParagraph(t('confirmation.statusLink'), statusLink)] : []),
      `<h2 style="font-size: 18px">${th('confirmation.nextTitle')}</h2>`,
      `<p>${th('confirmation.nextContact', { days })}</p>`,
      `<p>${th('confirmation.nextQueue')}</p>`,
      `<h2 style="font-size: 18px">${th('confirmation.questions')}</h2>`,
      `<p>${[escapeHtml(serviceName), ...contactLines.map((line) => line.html)].join('<br>\n')}</p>`,
    ].join('\n'),
  )
  return { subject, text, html }
}

/** A sentence, then the link on its own line (kept left-to-right inside right-to-left text). */
const linkParagraph = (sentence: string, link: string) =>
  `<p>${escapeHtml(sentence)}<br>\n<a href="${escapeHtml(link)}">${ltr(link)}</a></p>`

/** The lost-link e-mail: the reference and the new link, nothing else. */
export function statusLinkEmail({
  locale,
  reference,
  link,
}: {
  locale: Locale
  reference: string
  link: string
}): EmailContent {
  const subject = translate('lostLink.emailSubject', locale, { reference })
  const sentence = translate('lostLink.emailText', locale, { reference })
  const text = [sentence, '', link, ''].join('\n')
  return { subject, text, html: htmlDocument(locale, subject, linkParagraph(sentence, link)) }
}

/** The same link as a text message, for a referral with a phone number and no e-mail address. */
export const statusLinkSms = ({
  locale,
  reference,
  link,
}: {
  locale: Locale
  reference: string
  link: string
}): string => translate('lostLink.sms', locale, { reference, link })

/**
 * A move of the referral, told to the resident who asked for updates: the reference, the status in
 * the status page's words and the link. Nothing else: no name, answers, health or staff's free text.
 */
export interface ResidentUpdate {
  locale: Locale
  reference: string
  status: Status
  /** The resident's status page. */
  link: string
}

export function residentUpdateEmail({
  locale,
  reference,
  status,
  link,
}: ResidentUpdate): EmailContent {
  const subject = translate('update.subject', locale, { reference })
  const intro = translate('update.intro', locale, { reference })
  const phase = translate(residentUpdatePhaseKey(status), locale)
  const more = translate('update.link', locale)
  const why = translate('update.why', locale)
  const text = [intro, '', phase, '', more, link, '', why, ''].join('\n')
  const html = htmlDocument(
    locale,
    subject,
    [
      `<p>${escapeHtml(intro)}</p>`,
      `<p><strong>${escapeHtml(phase)}</strong></p>`,
      linkParagraph(more, link),
      `<p style="color: #555">${escapeHtml(why)}</p>`,
    ].join('\n'),
  )
  return { subject, text, html }
}

/** The same update as one short SMS (a lock screen may show it: the status words and the link only). */
export const residentUpdateSms = ({ locale, reference, status, link }: ResidentUpdate): string =>
  translate('update.sms', locale, {
    reference,
    phase: translate(residentUpdatePhaseKey(status), locale),
    link,
  })
