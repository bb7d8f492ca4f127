import {
  applicantConfirmationEmail,
  confirmationTextKeys,
  firstContactGoalDays,
  intakeNotificationEmail,
  type Locale,
  locales,
  messages,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

const notice = {
  reference: 'K7M4-Q9TR-XB3',
  serviceName: 'Individuell placering med stöd (IPS)',
  link: 'https://cms.kommun.example/admin/collections/referrals/42',
}

const contact = {
  phone: '031-390 06 10',
  email: 'ips@uppsala.example',
  openingHours: 'Telefontid måndag–fredag kl. 9–11.',
}
const confirmation = (
  locale: Locale,
  overrides: Partial<Parameters<typeof applicantConfirmationEmail>[0]> = {},
) =>
  applicantConfirmationEmail({
    locale,
    reference: 'K7M4-Q9TR-XB3',
    serviceName: 'IPS',
    contact,
    ...overrides,
  })

describe('the intake notification', () => {
  it('says which referral came to which service, with the link, in Swedish', () => {
    const mail = intakeNotificationEmail(notice)
    expect(mail.subject).toBe('Ny anmälan K7M4-Q9TR-XB3 till Individuell placering med stöd (IPS)')
    expect(mail.text).toContain(notice.link)
    expect(mail.html).toContain(`<a href="${notice.link}">`)
    expect(mail.html).toContain('<html lang="sv" dir="ltr">')
  })

  it('escapes what it puts into HTML', () => {
    const mail = intakeNotificationEmail({
      ...notice,
      serviceName: 'Stöd <b>& mer</b>',
      link: 'https://x.example/a?b="c"',
    })
    expect(mail.html).toContain('Stöd &lt;b&gt;&amp; mer&lt;/b&gt;')
    expect(mail.html).toContain('href="https://x.example/a?b=&quot;c&quot;"')
    expect(mail.html).not.toContain('<b>')
  })
})

describe('the confirmation to the resident', () => {
  it.each(locales)(
    'in %s: the reference, what happens next and the contact, with no placeholder left',
    (locale) => {
      const mail = confirmation(locale)
      expect(mail.subject).toContain('K7M4-Q9TR-XB3')
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain('K7M4-Q9TR-XB3')
        expect(part).toContain(String(firstContactGoalDays))
        expect(part).toContain('031-390 06 10')
        expect(part).toContain('ips@uppsala.example')
        expect(part).toContain('Telefontid')
        expect(part).not.toMatch(/\{\w+\}/)
      }
      expect(mail.text).toContain(messages[locale]['confirmation.nextTitle'])
    },
  )

  it('is right to left in Arabic, with the reference and phone number kept left to right', () => {
    const mail = confirmation('ar')
    expect(mail.html).toContain('<html lang="ar" dir="rtl">')
    expect(mail.subject).toMatch(/[\u0600-\u06FF]/)
    expect(mail.html).toContain('<bdi dir="ltr">K7M4-Q9TR-XB3</bdi>')
    expect(mail.html).toContain('<bdi dir="ltr">031-390 06 10</bdi>')
  })

  it('says easy-to-read Swedish is Swedish to the mail program', () => {
    expect(confirmation('lattlast').html).toContain('<html lang="sv" dir="ltr">')
  })

  it('leaves out contact lines the service has not filled in', () => {
    const mail = confirmation('en', { contact: { phone: '031-390 06 10' } })
    expect(mail.text).toContain('Phone: 031-390 06 10')
    expect(mail.text).not.toContain('Email:')
    expect(mail.html).not.toContain('Email:')
  })

  it('escapes the service texts once in HTML', () => {
    const mail = confirmation('sv', {
      serviceName: 'A & B',
      contact: { openingHours: 'Kl. 9 <ring>' },
    })
    expect(mail.html).toContain('A &amp; B')
    expect(mail.html).not.toContain('&amp;amp;')
    expect(mail.html).toContain('Kl. 9 &lt;ring&gt;')
  })
})

describe('the confirmation texts', () => {
  it.each(locales)('are all written in %s', (locale) => {
    for (const key of confirmationTextKeys) expect(messages[locale][key]?.trim(), key).toBeTruthy()
  })

  it('are in Arabic script in Arabic', () => {
    for (const key of confirmationTextKeys) expect(messages.ar[key], key).toMatch(/[\u0600-\u06FF]/)
  })
})
