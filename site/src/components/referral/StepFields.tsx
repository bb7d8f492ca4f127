import {
  type FieldError,
  type FormDefinition,
  type Locale,
  localize,
  type Messages,
  type Question,
  questionKey,
} from '@stodportalen/support-services/domain'

import { t } from '../../i18n/form'
import { type RawAnswers, stepQuestions } from '../../lib/referralFlow'
import { QuestionField } from './QuestionField'
import { optionsOf } from './questions'

interface Props {
  form: FormDefinition
  index: number
  questions: Question[]
  raw: RawAnswers
  errors: FieldError[]
  /** JavaScript runs: conditions apply as you answer. */
  live: boolean
  locale: Locale
  messages: Messages
  formIntro?: string
  onChange: (key: string, values: string[]) => void
  onLeave: (key: string) => void
}

/** Without JavaScript a steered question is always shown, so it says which answer it belongs to. */
function answerOnlyIf(
  question: Question,
  steering: Question,
  locale: Locale,
  messages: Messages,
): string {
  const { equals } = question.showWhen!
  const value = typeof equals === 'boolean' ? (equals ? 'yes' : 'no') : equals
  const answer =
    optionsOf(steering, locale, messages).find((o) => o.value === value)?.label ?? value
  return t(locale, 'answerOnlyIf', { answer })
}

/**
 * One step's intro and questions; a question steered by an answer on the same page is indented under it.
 * Before hydration the form is the no-JavaScript one: what only that form shows (steered questions whose
 * answer is not given, and their notes) is marked `without-script`, which CSS hides where scripts run,
 * so the page does not move when the island takes over and removes it.
 */
export function StepFields({
  form,
  index,
  questions,
  raw,
  errors,
  live,
  locale,
  messages,
  formIntro,
  onChange,
  onLeave,
}: Props) {
  const { intro } = form.steps[index]
  const shownLive = live
    ? undefined
    : new Set(stepQuestions(form, index, raw, true).map(questionKey))
  return (
    <>
      {index === 0 && formIntro && <p className="lead">{formIntro}</p>}
      {intro && <p>{localize(intro, locale)}</p>}
      {questions.map((question) => {
        const key = questionKey(question)
        const steering = questions.find((q) => questionKey(q) === question.showWhen?.question)
        const field = (
          <QuestionField
            key={key}
            question={question}
            locale={locale}
            messages={messages}
            values={raw[key] ?? []}
            error={errors.find((e) => e.field === key)}
            note={
              steering && !live ? answerOnlyIf(question, steering, locale, messages) : undefined
            }
            onChange={onChange}
            onLeave={onLeave}
          />
        )
        const className =
          shownLive && !shownLive.has(key) ? 'conditional without-script' : 'conditional'
        return steering ? (
          <div key={key} className={className}>
            {field}
          </div>
        ) : (
          field
        )
      })}
    </>
  )
}
