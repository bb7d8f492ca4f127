import {
  type FieldError,
  fieldErrorTextWith,
  type Locale,
  localize,
  type Messages,
  noneOfTheseValue,
  type Question,
  questionKey,
  questionLabel,
} from '@stodportalen/support-services/domain'

import { t } from '../../i18n/form'
import { autocompleteOf, controlOf, fieldId, maxLengthOf, optionsOf } from './questions'

interface Props {
  question: Question
  locale: Locale
  messages: Messages
  values: string[]
  error?: FieldError
  /** Says when to answer a question that JavaScript would otherwise reveal. */
  note?: string
  onChange: (key: string, values: string[]) => void
  onLeave: (key: string) => void
}

/** One question, GOV.UK style: label or legend, hint, error message, then the input. */
export function QuestionField({
  question,
  locale,
  messages,
  values,
  error,
  note,
  onChange,
  onLeave,
}: Props) {
  const key = questionKey(question)
  const id = fieldId(key)
  const control = controlOf(question)
  const hint = question.hint && localize(question.hint, locale)
  const max = control === 'textarea' ? maxLengthOf(question) : undefined
  const describedBy =
    [note && `${id}-note`, hint && `${id}-hint`, max && `${id}-count`, error && `${id}-error`]
      .filter(Boolean)
      .join(' ') || undefined
  const group = control === 'radios' || control === 'checkboxes'
  const Wrapper = group ? 'fieldset' : 'div'
  const Title = group ? 'legend' : 'label'

  return (
    <Wrapper
      className={error ? 'field field--error' : 'field'}
      aria-describedby={group ? describedBy : undefined}
    >
      <Title className="field-label" htmlFor={group ? undefined : id}>
        {questionLabel(question, locale, messages)}
      </Title>
      {note && (
        <p className="field-note without-script" id={`${id}-note`}>
          {note}
        </p>
      )}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{t(locale, 'errorPrefix')}: </span>
          {fieldErrorTextWith(messages, error)}
        </p>
      )}
      {control === 'select' ? (
        <Select
          question={question}
          locale={locale}
          messages={messages}
          values={values}
          invalid={Boolean(error)}
          describedBy={describedBy}
          onChange={onChange}
          onLeave={onLeave}
        />
      ) : group ? (
        <Choices
          question={question}
          locale={locale}
          messages={messages}
          values={values}
          onChange={onChange}
          onLeave={onLeave}
        />
      ) : (
        <TextInput
          question={question}
          values={values}
          invalid={Boolean(error)}
          describedBy={describedBy}
          onChange={onChange}
          onLeave={onLeave}
        />
      )}
      {max && (
        <CharacterCount
          id={`${id}-count`}
          locale={locale}
          max={max}
          used={(values[0] ?? '').length}
        />
      )}
    </Wrapper>
  )
}

interface TextProps {
  question: Question
  values: string[]
  invalid: boolean
  describedBy?: string
  onChange: Props['onChange']
  onLeave: Props['onLeave']
}

function TextInput({ question, values, invalid, describedBy, onChange, onLeave }: TextProps) {
  const key = questionKey(question)
  const control = controlOf(question)
  const common = {
    id: fieldId(key),
    name: key,
    value: values[0] ?? '',
    className: `input input--${control}`,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    autoComplete: autocompleteOf(question),
    onBlur: () => onLeave(key),
  }
  if (control === 'textarea')
    return (
      <textarea {...common} rows={5} onChange={(e) => onChange(key, [e.currentTarget.value])} />
    )
  const type = control === 'number' ? 'text' : control
  return (
    <input
      {...common}
      type={type}
      inputMode={control === 'number' ? 'numeric' : undefined}
      spellcheck={control === 'email' ? false : undefined}
      onChange={(e) => onChange(key, [e.currentTarget.value])}
    />
  )
}

/** A long list of options (the municipalities): a native select, which every device makes easy to search. */
function Select({
  question,
  locale,
  messages,
  values,
  invalid,
  describedBy,
  onChange,
  onLeave,
}: Pick<Props, 'question' | 'locale' | 'messages' | 'values' | 'onChange' | 'onLeave'> & {
  invalid: boolean
  describedBy?: string
}) {
  const key = questionKey(question)
  return (
    <select
      id={fieldId(key)}
      name={key}
      className="input input--select"
      value={values[0] ?? ''}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        onChange(key, [e.currentTarget.value])
        onLeave(key)
      }}
    >
      <option value="">{t(locale, 'chooseOne')}</option>
      {optionsOf(question, locale, messages).map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

/** "None of these" cannot be ticked together with an option, as GOV.UK's exclusive checkbox. */
function toggle(values: string[], value: string, checked: boolean): string[] {
  if (!checked) return values.filter((v) => v !== value)
  return value === noneOfTheseValue
    ? [value]
    : [...values.filter((v) => v !== noneOfTheseValue), value]
}

/** Ticking is answering: a choice is checked as it is made, as a text field is when left. */
function Choices({
  question,
  locale,
  messages,
  values,
  onChange,
  onLeave,
}: Pick<Props, 'question' | 'locale' | 'messages' | 'values' | 'onChange' | 'onLeave'>) {
  const key = questionKey(question)
  const multiple = controlOf(question) === 'checkboxes'
  const options = optionsOf(question, locale, messages)
  const inline = !multiple && options.length === 2 && options.every((o) => o.label.length < 12)
  return (
    <div className={inline ? 'choices choices--inline' : 'choices'}>
      {options.map((option, i) => {
        const id = i === 0 ? fieldId(key) : `${fieldId(key)}-${i}`
        return (
          <div key={option.value}>
            {multiple && option.value === noneOfTheseValue && (
              <p className="choices-or">{t(locale, 'or')}</p>
            )}
            <div className="choice">
              <input
                id={id}
                type={multiple ? 'checkbox' : 'radio'}
                name={key}
                value={option.value}
                checked={values.includes(option.value)}
                onChange={(e) => {
                  onChange(
                    key,
                    multiple
                      ? toggle(values, option.value, e.currentTarget.checked)
                      : [option.value],
                  )
                  onLeave(key)
                }}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          </div>
        )
      })}
    </div>
  )
}

function CharacterCount({
  id,
  locale,
  max,
  used,
}: {
  id: string
  locale: Locale
  max: number
  used: number
}) {
  const text =
    used === 0
      ? t(locale, 'charLimit', { max })
      : used <= max
        ? t(locale, 'charsLeft', { count: max - used })
        : t(locale, 'charsOver', { count: used - max })
  return (
    <p className={used > max ? 'field-count field-count--over' : 'field-count'} id={id}>
      {text}
    </p>
  )
}
