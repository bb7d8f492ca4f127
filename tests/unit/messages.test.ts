import {
  eligibilityMessageKeys,
  errorCodes,
  fieldErrorText,
  fieldErrorTextWith,
  locales,
  messages,
  messagesFor,
  standardFieldKeys,
  translate,
  translateWith,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

describe('message catalogs', () => {
  it.each(locales)('has a text for every error code in %s', (locale) => {
    for (const code of errorCodes)
      expect(messages[locale][`errors.${code}`]?.trim(), code).toBeTruthy()
  })

  it.each(locales)('has a text for every eligibility message in %s', (locale) => {
    for (const key of eligibilityMessageKeys)
      expect(messages[locale][key]?.trim(), key).toBeTruthy()
  })

  it.each(locales)('has exactly the Swedish keys and placeholders in %s', (locale) => {
    expect(Object.keys(messages[locale]).sort()).toEqual(Object.keys(messages.sv).sort())
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
    for (const [key, text] of Object.entries(messages.sv)) {
      expect(placeholders(messages[locale][key]), key).toEqual(placeholders(text))
    }
  })

  it('writes Arabic in Arabic script', () => {
    for (const key of [...eligibilityMessageKeys, ...errorCodes.map((c) => `errors.${c}`)]) {
      expect(messages.ar[key], key).toMatch(/[\u0600-\u06FF]/)
    }
  })

  it('never sounds like a refusal: every "not met" text says you can still send a referral', () => {
    const notMet = eligibilityMessageKeys.filter((k) =>
      /notMet|notInRange|belowMin|aboveMax|mayNotFit/.test(k),
    )
    for (const key of notMet) {
      expect(messages.sv[key], key).toContain('Du kan ändå skicka en anmälan')
      expect(messages.lattlast[key], key).toContain('Du kan ändå skicka en anmälan')
      expect(messages.en[key], key).toContain('You can still send a referral')
      expect(messages.ar[key], key).toContain('يمكنك مع ذلك إرسال طلب')
    }
  })
})

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('eligibility.age.notInRange', 'sv', { min: 18, max: 65 })).toBe(
      'Stödet är för dig som är 18–65 år. Du kan ändå skicka en anmälan – vi hjälper dig att hitta rätt stöd.',
    )
  })

  it('leaves unknown placeholders visible rather than blank', () => {
    expect(translate('errors.tooLong', 'en')).toContain('{max}')
  })

  it('falls back to Swedish, then to the key', () => {
    const original = messages.en['errors.required']
    delete messages.en['errors.required']
    try {
      expect(translate('errors.required', 'en')).toBe(messages.sv['errors.required'])
    } finally {
      messages.en['errors.required'] = original
    }
    expect(translate('no.such.key', 'ar')).toBe('no.such.key')
  })
})

describe('fieldErrorText', () => {
  it('says exactly what to do for a known field', () => {
    expect(fieldErrorText({ field: 'name', code: 'required' }, 'sv')).toBe('Skriv ditt namn.')
    expect(fieldErrorText({ field: 'email', code: 'required' }, 'en')).toBe(
      'Enter your email address.',
    )
  })

  it('falls back to the code text for other fields', () => {
    expect(fieldErrorText({ field: 'hasTriedWork', code: 'required' }, 'sv')).toBe(
      'Svara på frågan.',
    )
    expect(fieldErrorText({ field: 'message', code: 'tooLong', params: { max: 1000 } }, 'sv')).toBe(
      'Texten är för lång. Skriv högst 1000 tecken.',
    )
  })
})

describe('messagesFor, translateWith and fieldErrorTextWith', () => {
  it.each(locales)('give the same texts as translate and fieldErrorText in %s', (locale) => {
    const texts = messagesFor(locale)
    for (const key of Object.keys(messages.sv))
      expect(translateWith(texts, key, { max: 5, min: 2 }), key).toBe(
        translate(key, locale, { max: 5, min: 2 }),
      )
    for (const code of errorCodes) {
      for (const field of [...standardFieldKeys, 'hasTriedWork']) {
        const error = { field, code, params: { max: 10 } }
        expect(fieldErrorTextWith(texts, error), `${code}.${field}`).toBe(
          fieldErrorText(error, locale),
        )
      }
    }
  })

  it('fill the gaps of a locale with Swedish, and show an unknown key as it is', () => {
    const original = messages.en['errors.required.name']
    delete messages.en['errors.required.name']
    try {
      const texts = messagesFor('en')
      expect(texts['errors.required.name']).toBe(messages.sv['errors.required.name'])
      expect(fieldErrorTextWith(texts, { field: 'name', code: 'required' })).toBe(
        'Skriv ditt namn.',
      )
      expect(texts['errors.required']).toBe(messages.en['errors.required'])
    } finally {
      messages.en['errors.required.name'] = original
    }
    expect(translateWith(messagesFor('ar'), 'no.such.key')).toBe('no.such.key')
  })

  it('leave unknown placeholders visible', () => {
    expect(translateWith(messagesFor('sv'), 'errors.tooLong')).toContain('{max}')
  })
})
