import type { Challenge } from 'altcha-lib'

import {
  type FieldError,
  type FormDefinition,
  type Locale,
  localize,
  type Messages,
  questionKey,
} from '@stodportalen/support-services/domain'
import { useEffect, useRef, useState } from 'react'

import type { Notice } from '../../lib/referralPost'

import { t, waitFor } from '../../i18n/form'
import {
  type Action,
  control,
  errorsFor,
  type FlowState,
  isAction,
  languageAction,
  move,
  type RawAnswers,
  stepQuestions,
  type View,
  viewId,
  visibleSteps,
} from '../../lib/referralFlow'
import { changeId, CheckAnswers } from './CheckAnswers'
import { ErrorSummary } from './ErrorSummary'
import { solveProof } from './proofOfWork'
import { fieldId } from './questions'
import { ResumeOffer, SaveBar, useSavedAnswers } from './SaveAnswers'
import { StepFields } from './StepFields'

export interface ReferralFormProps {
  form: FormDefinition
  locale: Locale
  /** The domain's texts in this locale (messagesFor): the island carries no catalog of its own. */
  messages: Messages
  initial: FlowState
  idempotencyKey: string
  startedAt: string
  /** Proof of work, solved in the background from the moment the form is on screen. */
  challenge: Challenge
  /** The signed wait of the no-JavaScript way past the proof of work, once given; '' before. */
  waitToken: string
  /** Why the last Send did not reach intake (not reached, too many, press again): said above the answers. */
  notice: Notice | null
  formTitle: string
  formIntro?: string
  contactPhone?: string
  serviceHref: string
  privacyHref: string
  siteName: string
  /** The campaign code the person came with, sent with the referral; null without one. */
  campaign: null | string
  /** Where answers saved on this device are kept (savedAnswersKey): one per service and form. */
  savedKey: string
  /** This form in the other languages, for the no-JavaScript buttons that carry the answers there. */
  otherLanguages: { locale: Locale; name: string; lang: string; href: string }[]
}

const viewTitle = (form: FormDefinition, view: View, locale: Locale) =>
  view.kind === 'check' ? t(locale, 'checkTitle') : localize(form.steps[view.index].title, locale)

/** The page title names the step and, as GOV.UK does, starts with "Error" when there are errors. */
export const pageTitle = (
  form: FormDefinition,
  state: FlowState,
  locale: Locale,
  formTitle: string,
) =>
  `${state.errors.length > 0 ? `${t(locale, 'errorPrefix')}: ` : ''}${viewTitle(form, state.view, locale)} – ${formTitle}`

/** Errors in the order of the page; errors about no question (from the CMS) come last. */
function inPageOrder(errors: FieldError[], keys: string[]): FieldError[] {
  const known = keys.flatMap((key) => errors.filter((e) => e.field === key))
  return [...known, ...errors.filter((e) => !keys.includes(e.field))]
}

/**
 * Runs `check(key)` for a field just left, but only once a click in progress is done: a message
 * appearing mid-click would move the button away from under the pointer and the click would be lost.
 */
function useCheckOnLeave(check: (key: string) => void) {
  const pressing = useRef(false)
  const left = useRef(new Set<string>())
  useEffect(() => {
    const down = () => (pressing.current = true)
    const up = () => {
      pressing.current = false
      setTimeout(() => {
        left.current.forEach(check)
        left.current.clear()
      })
    }
    addEventListener('mousedown', down, true)
    addEventListener('mouseup', up, true)
    return () => {
      removeEventListener('mousedown', down, true)
      removeEventListener('mouseup', up, true)
    }
    // Listeners are set once: `check` only updates state through a function, so the first one serves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return (key: string) => (pressing.current ? left.current.add(key) : check(key))
}

/**
 * False in the server's HTML and in the render that hydrates it, true from then on (Preact's
 * useSyncExternalStore has no server snapshot to hydrate with).
 */
function useHydrated() {
  const [hydrated, setHydrated] = useState(false)
  // eslint-disable-next-line react-hooks/set-state-in-effect -- once, after hydrating: that is the point
  useEffect(() => setHydrated(true), [])
  return hydrated
}

/**
 * Solves the challenge as soon as the form is on screen, while the person answers; null until solved,
 * '' when the browser could not (the server then asks to press Send again after a wait).
 */
function useProofOfWork(challenge: Challenge) {
  const [proof, setProof] = useState<string | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    solveProof(challenge, controller).then(
      (solved) => !controller.signal.aborted && setProof(solved ?? ''),
      () => setProof(''),
    )
    return () => controller.abort()
  }, [challenge])
  return proof
}

/**
 * The self-referral form. The server renders it as plain HTML forms that work without JavaScript;
 * once hydrated it applies conditions as you answer, checks each field as you leave it and moves
 * between steps without a page load. Sending stays a native POST, so both paths end in the same code;
 * with JavaScript it carries the solved proof of work, and waits for it if Send came first.
 */
export default function ReferralForm(props: ReferralFormProps) {
  const { form, locale, messages, initial } = props
  const [state, setState] = useState(initial)
  // False in the server's HTML, true once hydrated: conditions apply as you answer from then on.
  const live = useHydrated()
  const [showSummary, setShowSummary] = useState(initial.errors.length > 0)
  const [notice, setNotice] = useState(props.notice)
  const proof = useProofOfWork(props.challenge)
  /** Send was pressed before the proof was solved: it is pressed again (the same button) once it is. */
  const [sendWhenSolved, setSendWhenSolved] = useState<{
    submitter: HTMLElement | undefined
  } | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const summary = useRef<HTMLDivElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const focusNext = useRef<'summary' | 'heading' | null>(null)

  // Once hydrated, browser Back moves between steps instead of leaving the form and its answers.
  useEffect(() => {
    history.replaceState({ view: initial.view, returnToCheck: initial.returnToCheck }, '')
    const onPop = (event: PopStateEvent) => {
      const saved = event.state as Pick<FlowState, 'view' | 'returnToCheck'> | null
      if (!saved?.view) return
      focusNext.current = 'heading'
      setShowSummary(false)
      setState((s) => ({ ...s, ...saved, errors: [] }))
    }
    addEventListener('popstate', onPop)
    return () => removeEventListener('popstate', onPop)
    // Once, on hydration: the history entry records the step the server rendered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    document.title = `${pageTitle(form, state, locale, props.formTitle)} – ${props.siteName}`
    const target = focusNext.current && { summary, heading }[focusNext.current].current
    focusNext.current = null
    if (!target) return
    scrollTo(0, 0)
    target.focus({ preventScroll: true })
    // The title and focus follow each new state; the form and its texts do not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state])

  useEffect(() => {
    if (proof === null || !sendWhenSolved) return
    // Send again only after the render that put the proof into the form.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSendWhenSolved(null)
    formRef.current?.requestSubmit(sendWhenSolved.submitter)
  }, [proof, sendWhenSolved])

  const apply = (action: Action) => {
    const next = move(form, state, action)
    const hasErrors = next.errors.length > 0
    if (viewId(form, next.view) !== viewId(form, state.view))
      history.pushState({ view: next.view, returnToCheck: next.returnToCheck }, '')
    focusNext.current = hasErrors ? 'summary' : 'heading'
    setShowSummary(hasErrors)
    setNotice(null)
    setState(next)
  }

  const restore = (restored: FlowState) => {
    history.replaceState({ view: restored.view, returnToCheck: restored.returnToCheck }, '')
    focusNext.current = 'heading'
    setShowSummary(false)
    setState(restored)
  }
  const saving = useSavedAnswers(form, props.savedKey, locale, state, restore)

  const onSubmit = (event: SubmitEvent) => {
    const submitter = event.submitter
    const chosen = submitter?.getAttribute('value') ?? ''
    if (chosen === languageAction) return // the answers travel to the other language's form in the POST
    const action = isAction(chosen) ? chosen : state.view.kind === 'check' ? 'submit' : 'continue'
    if (action === 'submit' && proof !== null) return // a native POST: the server validates everything and sends
    event.preventDefault()
    if (action === 'submit') setSendWhenSolved({ submitter: submitter ?? undefined })
    else apply(action)
  }

  const onChange = (key: string, values: string[]) =>
    setState((s) => ({ ...s, raw: { ...s.raw, [key]: values } }))

  /** Checks the field just left, and clears errors it fixed elsewhere (an e-mail fixes "phone or e-mail"). */
  const check = (key: string) =>
    setState((s) => {
      const filled = (s.raw[key] ?? []).some((value) => value.trim() !== '')
      if (!filled && !s.errors.some((e) => e.field === key)) return s
      return {
        ...s,
        errors: errorsFor(form, s.raw, new Set([key, ...s.errors.map((e) => e.field)])),
      }
    })

  const onLeave = useCheckOnLeave(check)

  const { view, raw, errors } = state
  const questions = view.kind === 'step' ? stepQuestions(form, view.index, raw, live) : []
  const keys = questions.map(questionKey)
  const onPage =
    view.kind === 'step'
      ? keys
      : visibleSteps(form, raw).flatMap((i) => stepQuestions(form, i, raw, true).map(questionKey))
  const target = (error: FieldError) =>
    onPage.includes(error.field)
      ? (view.kind === 'step' ? fieldId : changeId)(error.field)
      : undefined

  return (
    <form method="post" noValidate className="referral" onSubmit={onSubmit} ref={formRef}>
      {showSummary && errors.length > 0 && (
        <ErrorSummary
          focusRef={summary}
          errors={inPageOrder(errors, onPage)}
          locale={locale}
          messages={messages}
          targetOf={target}
        />
      )}
      {notice && view.kind === 'check' && (
        <NoticeBox notice={notice} locale={locale} phone={props.contactPhone} />
      )}
      {saving.offer && (
        <ResumeOffer
          locale={locale}
          savedAt={saving.offer.savedAt}
          onResume={saving.resume}
          onRestart={saving.forget}
        />
      )}
      <p className="caption">
        {props.formTitle}
        {view.kind === 'step' && (
          <StepCount form={form} raw={raw} index={view.index} locale={locale} />
        )}
      </p>
      <h1 tabIndex={-1} ref={heading}>
        {viewTitle(form, view, locale)}
      </h1>

      {view.kind === 'step' ? (
        <StepFields
          form={form}
          index={view.index}
          questions={questions}
          raw={raw}
          errors={errors}
          live={live}
          locale={locale}
          messages={messages}
          formIntro={props.formIntro}
          onChange={onChange}
          onLeave={onLeave}
        />
      ) : (
        <>
          <CheckAnswers form={form} locale={locale} messages={messages} raw={raw} errors={errors} />
          <h2>{t(locale, 'sendTitle')}</h2>
          <p>{t(locale, 'sendText')}</p>
          <p>
            <a href={props.privacyHref}>{t(locale, 'privacy')}</a>
          </p>
        </>
      )}

      <Carried raw={raw} except={keys} />
      <input type="hidden" name={control.view} value={viewId(form, view)} />
      {state.returnToCheck && <input type="hidden" name={control.returnToCheck} value="1" />}
      <input type="hidden" name={control.idempotencyKey} value={props.idempotencyKey} />
      <input type="hidden" name={control.startedAt} value={props.startedAt} />
      {proof && <input type="hidden" name={control.proof} value={proof} />}
      {props.waitToken && <input type="hidden" name={control.wait} value={props.waitToken} />}
      {props.campaign && <input type="hidden" name={control.campaign} value={props.campaign} />}
      <Honeypot locale={locale} />

      <FormActions
        locale={locale}
        checking={view.kind === 'check'}
        backLeavesForm={
          view.kind === 'step' && view.index === visibleSteps(form, raw)[0] && !state.returnToCheck
        }
        unavailable={notice?.kind === 'unavailable'}
        sending={sendWhenSolved !== null}
        serviceHref={props.serviceHref}
      />
      {/* Both from the first paint, each hidden where it does not apply, so hydrating moves nothing. */}
      <SaveBar
        locale={locale}
        saved={saving.savedAt !== null}
        message={saving.message}
        onSave={saving.save}
        onForget={saving.forget}
      />
      {!live && <WithoutScript locale={locale} languages={props.otherLanguages} />}
    </form>
  )
}

function StepCount({
  form,
  raw,
  index,
  locale,
}: {
  form: FormDefinition
  raw: RawAnswers
  index: number
  locale: Locale
}) {
  const steps = visibleSteps(form, raw)
  const n = Math.max(1, steps.indexOf(index) + 1)
  return <span className="caption-step">{t(locale, 'stepOf', { n, total: steps.length })}</span>
}

interface ActionsProps {
  locale: Locale
  checking: boolean
  /** On the first step Back is a link to the service page: there is nothing before it to keep. */
  backLeavesForm: boolean
  unavailable: boolean
  /** Send was pressed and goes as soon as the proof of work is solved (a second or two at most). */
  sending: boolean
  serviceHref: string
}

/** Continue (or Send) comes first, so that Enter in a text field continues rather than goes back. */
function FormActions({
  locale,
  checking,
  backLeavesForm,
  unavailable,
  sending,
  serviceHref,
}: ActionsProps) {
  return (
    <>
      <div className="form-actions">
        <button
          type="submit"
          className="button"
          name={control.action}
          value={checking ? 'submit' : 'continue'}
          aria-disabled={sending || undefined}
        >
          {t(locale, checking ? (unavailable ? 'tryAgain' : 'send') : 'continue')}
        </button>
        {backLeavesForm ? (
          <a className="link-button" href={serviceHref}>
            {t(locale, 'back')}
          </a>
        ) : (
          <button type="submit" className="link-button" name={control.action} value="back">
            {t(locale, 'back')}
          </button>
        )}
      </div>
      {checking && (
        <p className="sending" role="status">
          {sending ? t(locale, 'sending') : ''}
        </p>
      )}
    </>
  )
}

/**
 * Only in the no-JavaScript form: it is filled in one go, and changing language is a button that
 * posts the answers to the other language's form (the header's links would start it over).
 */
function WithoutScript({
  locale,
  languages,
}: {
  locale: Locale
  languages: ReferralFormProps['otherLanguages']
}) {
  return (
    <div className="without-script form-languages">
      <p>{t(locale, 'oneGo')}</p>
      <p>{t(locale, 'switchLanguage')}</p>
      <div className="form-actions">
        {languages.map((language) => (
          <button
            key={language.locale}
            type="submit"
            className="link-button"
            name={control.action}
            value={languageAction}
            formAction={language.href}
            lang={language.lang}
          >
            {language.name}
          </button>
        ))}
      </div>
    </div>
  )
}

/** Answers of the other steps travel along as hidden fields: nothing is stored before sending. */
function Carried({ raw, except }: { raw: RawAnswers; except: string[] }) {
  return Object.entries(raw)
    .filter(([key]) => !except.includes(key))
    .flatMap(([key, values]) =>
      values
        .filter((value) => value !== '')
        .map((value, i) => <input key={`${key}-${i}`} type="hidden" name={key} value={value} />),
    )
}

/** A field only bots fill in: hidden from sight, from keyboards and from screen readers. */
function Honeypot({ locale }: { locale: Locale }) {
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor="f-homepage-url">{t(locale, 'honeypot')}</label>
      <input
        id="f-homepage-url"
        type="text"
        name={control.honeypot}
        tabIndex={-1}
        autoComplete="off"
        defaultValue=""
      />
    </div>
  )
}

/** Why the answers are shown again after Send, and what to do now; every answer is still in the form. */
function NoticeBox({ notice, locale, phone }: { notice: Notice; locale: Locale; phone?: string }) {
  const [title, text] =
    notice.kind === 'unavailable'
      ? [
          t(locale, 'unavailableTitle'),
          phone ? t(locale, 'unavailable', { phone }) : t(locale, 'unavailableNoPhone'),
        ]
      : notice.kind === 'limited'
        ? [
            t(locale, 'limitedTitle'),
            `${t(locale, 'limited', { wait: waitFor(locale, notice.retryAfterSeconds) })}${phone ? ` ${t(locale, 'callUs', { phone })}` : ''}`,
          ]
        : [
            t(locale, 'pressAgainTitle'),
            t(locale, 'pressAgain', { wait: waitFor(locale, notice.secondsLeft) }),
          ]
  return (
    <div className="error-summary notice" tabIndex={-1} autoFocus>
      <h2>{title}</h2>
      <p>{text}</p>
    </div>
  )
}
