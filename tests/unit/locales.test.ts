import {
  defaultLocale,
  htmlLang,
  isLocale,
  localize,
  localizedTextSchema,
  textDirection,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

describe('locales', () => {
  it('defaults to Swedish and marks easy-to-read Swedish as Swedish', () => {
    expect(defaultLocale).toBe('sv')
    expect(htmlLang('lattlast')).toBe('sv')
    expect(htmlLang('ar')).toBe('ar')
  })

  it('writes Arabic right to left, the others left to right', () => {
    expect(textDirection('ar')).toBe('rtl')
    expect(textDirection('sv')).toBe('ltr')
    expect(textDirection('lattlast')).toBe('ltr')
    expect(textDirection('en')).toBe('ltr')
  })

  it('recognises only known locales', () => {
    expect(isLocale('lattlast')).toBe(true)
    expect(isLocale('de')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })

  it('falls back to Swedish when a translation is missing or empty', () => {
    const text = { sv: 'Hej', en: 'Hello', lattlast: '' }
    expect(localize(text, 'en')).toBe('Hello')
    expect(localize(text, 'lattlast')).toBe('Hej')
    expect(localize(text, 'ar')).toBe('Hej')
  })

  it('requires Swedish in localised text', () => {
    expect(localizedTextSchema.safeParse({ sv: 'Hej' }).success).toBe(true)
    expect(localizedTextSchema.safeParse({ en: 'Hello' }).success).toBe(false)
    expect(localizedTextSchema.safeParse({ sv: ' ' }).success).toBe(false)
    expect(localizedTextSchema.safeParse({ sv: 'Hej', de: 'Hallo' }).success).toBe(false)
  })
})
