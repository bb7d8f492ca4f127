import type { MouseEvent, Ref } from 'react'

import {
  type FieldError,
  fieldErrorTextWith,
  type Locale,
  type Messages,
} from '@stodportalen/support-services/domain'

import { t } from '../../i18n/form'

interface Props {
  errors: FieldError[]
  locale: Locale
  messages: Messages
  /** Where each error's link leads; errors about no field on the page get no link. */
  targetOf: (error: FieldError) => string | undefined
  /** The summary's element, focused when errors appear without a page load (Preact keeps `ref` from components). */
  focusRef?: Ref<HTMLDivElement>
}

/** Moves focus to the field and shows its label too, which a plain fragment link does not. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id)
  if (!target) return
  event.preventDefault()
  target.closest('.field, .summary-row')?.scrollIntoView()
  target.focus({ preventScroll: true })
}

/** GOV.UK's error summary: focused when the page opens, so it is read first (autofocus works without JS). */
export function ErrorSummary({ errors, locale, messages, targetOf, focusRef }: Props) {
  return (
    <div className="error-summary" tabIndex={-1} autoFocus ref={focusRef}>
      <h2>{t(locale, 'errorSummary')}</h2>
      <ul>
        {errors.map((error) => {
          const id = targetOf(error)
          const text = fieldErrorTextWith(messages, error)
          return (
            <li key={`${error.field}-${error.code}`}>
              {id ? (
                <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
