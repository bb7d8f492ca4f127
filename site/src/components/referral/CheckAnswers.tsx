import {
  type FieldError,
  fieldErrorTextWith,
  type FormDefinition,
  type Locale,
  localize,
  type Messages,
  questionKey,
  questionLabel,
} from '@stodportalen/support-services/domain'

import { t } from '../../i18n/form'
import { control, type RawAnswers, stepQuestions, visibleSteps } from '../../lib/referralFlow'
import { answerText } from './questions'

interface Props {
  form: FormDefinition
  locale: Locale
  messages: Messages
  raw: RawAnswers
  errors: FieldError[]
}

/** The error summary links here: the row's own "Change" button. */
export const changeId = (key: string) => `change-${key}`

/** GOV.UK's check answers: a summary list per step; "Change" leads to the step and then back here. */
export function CheckAnswers({ form, locale, messages, raw, errors }: Props) {
  return visibleSteps(form, raw).map((index) => {
    const step = form.steps[index]
    return (
      <section key={step.id}>
        <h2>{localize(step.title, locale)}</h2>
        <dl className="summary">
          {stepQuestions(form, index, raw, true).map((question) => {
            const key = questionKey(question)
            const label = questionLabel(question, locale, messages)
            const answer = answerText(question, raw[key] ?? [], locale, messages)
            const error = errors.find((e) => e.field === key)
            return (
              <div key={key} className={error ? 'summary-row summary-row--error' : 'summary-row'}>
                <dt>{label}</dt>
                <dd>
                  {answer || <span className="summary-empty">{t(locale, 'notAnswered')}</span>}
                  {error && (
                    <p className="field-error">
                      <span className="visually-hidden">{t(locale, 'errorPrefix')}: </span>
                      {fieldErrorTextWith(messages, error)}
                    </p>
                  )}
                </dd>
                <dd className="summary-action">
                  <button
                    type="submit"
                    className="link-button"
                    id={changeId(key)}
                    name={control.action}
                    value={`change:${step.id}`}
                  >
                    {t(locale, 'change')}
                    <span className="visually-hidden"> {label}</span>
                  </button>
                </dd>
              </div>
            )
          })}
        </dl>
      </section>
    )
  })
}
