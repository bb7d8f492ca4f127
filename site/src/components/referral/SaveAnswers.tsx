import { type FormDefinition, htmlLang, type Locale } from '@stodportalen/support-services/domain'
import { useEffect, useRef, useState } from 'react'

import type { FlowState } from '../../lib/referralFlow'

import { t } from '../../i18n/form'
import {
  expiresAt,
  handoffKey,
  restoreAnswers,
  serialiseAnswers,
  staleKeys,
} from '../../lib/savedAnswers'

/** Storage can be switched off or full (private windows): then saving says so instead of failing. */
function storage(kind: 'localStorage' | 'sessionStorage'): null | Storage {
  try {
    return window[kind]
  } catch {
    return null
  }
}

const dateIn = (locale: Locale, ms: number) =>
  new Intl.DateTimeFormat(htmlLang(locale), { dateStyle: 'long' }).format(new Date(ms))

type Offer = { state: FlowState; savedAt: number }

/**
 * Saving on this device and resuming, for the island. On hydration it takes over answers carried from
 * the same form in another language (the language links, in this tab only), or offers answers saved
 * earlier; an expired or unreadable entry is removed.
 */
export function useSavedAnswers(
  form: FormDefinition,
  key: string,
  locale: Locale,
  state: FlowState,
  restore: (state: FlowState) => void,
) {
  const [offer, setOffer] = useState<null | Offer>(null)
  const [savedAt, setSavedAt] = useState<null | number>(null)
  const [message, setMessage] = useState('')
  // The state for the language links' listener, which is set once.
  const current = useRef(state)
  useEffect(() => {
    current.current = state
  }, [state])

  useEffect(() => {
    const now = new Date()
    const session = storage('sessionStorage')
    const carried = restoreAnswers(form, session?.getItem(handoffKey(key)) ?? null, now)
    session?.removeItem(handoffKey(key))
    const local = storage('localStorage')
    const text = local?.getItem(key) ?? null
    const saved = restoreAnswers(form, text, now)
    if (text && !saved) local?.removeItem(key)
    // Expired answers of other services' forms go too, not only when their form is opened again.
    if (local) {
      const entries = Object.keys(local).map((k): [string, null | string] => [k, local.getItem(k)])
      staleKeys(entries, now).forEach((k) => local.removeItem(k))
    }
    /* eslint-disable react-hooks/set-state-in-effect -- once, on hydration: what this device holds */
    if (saved) setSavedAt(saved.savedAt)
    if (carried) {
      restore(carried.state)
      setMessage(t(locale, 'answersKept'))
    } else if (saved && Object.keys(state.raw).length === 0) setOffer(saved)
    /* eslint-enable react-hooks/set-state-in-effect */

    // The language links carry the answers to the other language's form, for this tab only.
    const links = document.querySelectorAll<HTMLAnchorElement>('.languages a[hreflang]')
    const carry = () =>
      storage('sessionStorage')?.setItem(
        handoffKey(key),
        serialiseAnswers(form, current.current, new Date()),
      )
    links.forEach((link) => link.addEventListener('click', carry))
    return () => links.forEach((link) => link.removeEventListener('click', carry))
    // Once, on hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const save = () => {
    const now = new Date()
    try {
      storage('localStorage')!.setItem(key, serialiseAnswers(form, state, now))
      setSavedAt(now.getTime())
      setMessage(t(locale, 'saved', { date: dateIn(locale, expiresAt(now.getTime()).getTime()) }))
    } catch {
      setMessage(t(locale, 'notSaved'))
    }
  }
  const forget = () => {
    storage('localStorage')?.removeItem(key)
    setSavedAt(null)
    setOffer(null)
    setMessage(t(locale, 'forgotten'))
  }
  const resume = () => {
    if (offer) restore(offer.state)
    setOffer(null)
    setMessage(t(locale, 'resumed'))
  }
  return { offer, savedAt, message, save, forget, resume }
}

/** "Continue where you were" or "Start again", above the first step when answers are saved. */
export function ResumeOffer({
  locale,
  savedAt,
  onResume,
  onRestart,
}: {
  locale: Locale
  savedAt: number
  onResume: () => void
  onRestart: () => void
}) {
  return (
    <div className="panel resume-offer">
      <h2>{t(locale, 'resumeTitle')}</h2>
      <p>{t(locale, 'resumeText', { date: dateIn(locale, savedAt) })}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onResume}>
          {t(locale, 'resume')}
        </button>
        <button type="button" className="link-button" onClick={onRestart}>
          {t(locale, 'restart')}
        </button>
      </div>
    </div>
  )
}

/** Save on this device, the warning for shared computers, forget; and what happened, announced. */
export function SaveBar({
  locale,
  saved,
  message,
  onSave,
  onForget,
}: {
  locale: Locale
  saved: boolean
  message: string
  onSave: () => void
  onForget: () => void
}) {
  return (
    <div className="save-answers with-script">
      <div className="form-actions">
        <button type="button" className="link-button" onClick={onSave}>
          {t(locale, 'saveLater')}
        </button>
        {saved && (
          <button type="button" className="link-button" onClick={onForget}>
            {t(locale, 'forget')}
          </button>
        )}
      </div>
      <p className="field-hint">{t(locale, 'sharedDevice')}</p>
      <p role="status">{message}</p>
    </div>
  )
}
