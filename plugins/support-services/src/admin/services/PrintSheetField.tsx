'use client'
import { useConfig, useFormFields } from '@payloadcms/ui'
import { useId, useState } from 'react'

import {
  eventAudienceLabels,
  localeInfo,
  localeOptions,
  type SheetAudience,
  sheetAudiences,
} from '../../domain'
import { SelectControl, TextControl } from '../referral/controls'
import '../referral/referralPage.css'

const audienceLabels: Record<SheetAudience, string> = {
  residents: 'Invånare: den som kan få stödet',
  ...eventAudienceLabels,
}
const audiences = sheetAudiences.map((value) => ({ value, label: audienceLabels[value] }))
const languages = localeOptions().map(({ value, label }) =>
  localeInfo[value].dir === 'rtl'
    ? { value, label: `${label} (höger till vänster)` }
    : { value, label },
)
/** Each choice is a variant on a paper size (the endpoint's `variant` and `size`). */
const variants: { value: string; label: string; query: Record<string, string> }[] = [
  { value: 'sheet', label: 'Informationsblad (A4)', query: { variant: 'sheet' } },
  { value: 'poster', label: 'Affisch med stor QR-kod (A4)', query: { variant: 'poster' } },
  {
    value: 'posterA3',
    label: 'Affisch med stor QR-kod (A3)',
    query: { variant: 'poster', size: 'A3' },
  },
]

/**
 * "Skriv ut informationsblad" on the service's page: pick audience, language, sheet or poster and an
 * optional campaign code, then open the printable page or the PDF (made by the CMS) in a new tab.
 */
export function PrintSheetField() {
  const slug = useFormFields(([fields]) => fields.slug?.value) as string | undefined
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const id = useId()
  const [audience, setAudience] = useState('residents')
  const [locale, setLocale] = useState('sv')
  const [variant, setVariant] = useState('sheet')
  const [code, setCode] = useState('')
  if (!slug) return null
  const chosen = variants.find((v) => v.value === variant)!.query
  const query = new URLSearchParams({ audience, locale, ...chosen, ...(code.trim() && { code }) })
  // Relative to the admin's own address, so the login cookie goes along whatever the host is called.
  const base = `${api}/services/${encodeURIComponent(slug)}`
  return (
    <fieldset className="case-form print-sheet">
      <legend className="case-form__legend">Skriv ut informationsblad</legend>
      <SelectControl
        id={`${id}-audience`}
        label="Till vem"
        value={audience}
        onChange={setAudience}
        options={audiences}
      />
      <SelectControl
        id={`${id}-locale`}
        label="Språk"
        value={locale}
        onChange={setLocale}
        options={languages}
      />
      <SelectControl
        id={`${id}-variant`}
        label="Sort"
        value={variant}
        onChange={setVariant}
        options={variants}
      />
      <TextControl
        id={`${id}-code`}
        label="Kampanjkod (valfri)"
        hint="QR-koden leder då till /k/<kod>, så att anmälningar räknas till kampanjen. Utan kod leder den till tjänstens sida."
        value={code}
        onChange={setCode}
      />
      <p>
        <a href={`${base}/sheet?${query}`} target="_blank" rel="noopener">
          Öppna utskriftssidan
        </a>{' '}
        (skriv ut med Ctrl+P eller ⌘P, en sida) ·{' '}
        <a href={`${base}/sheet.pdf?${query}`} target="_blank" rel="noopener">
          Ladda ner PDF
        </a>
      </p>
    </fieldset>
  )
}
