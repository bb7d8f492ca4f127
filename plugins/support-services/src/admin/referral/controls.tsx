'use client'
import { Button } from '@payloadcms/ui'
import { type KeyboardEvent, useEffect, useRef } from 'react'

/**
 * Small form controls for the referral's page, dressed in Payload's own field classes so they look
 * like the rest of the admin. They live inside the document's <form> (HTML has no nested forms), so
 * nothing here submits it: buttons are type="button" and Enter in a one-line field runs `onEnter`.
 */

export interface Option {
  value: string
  label: string
}

interface FieldProps {
  id: string
  label: string
  required?: boolean
  hint?: string
}

const hintId = (id: string) => `${id}-hint`

function Label({ id, label, required }: FieldProps) {
  return (
    <label className="field-label" htmlFor={id}>
      {label}
      {required && (
        <span className="required" aria-hidden="true">
          *
        </span>
      )}
    </label>
  )
}

const Hint = ({ id, hint }: FieldProps) =>
  hint ? (
    <p className="field-description case-form__hint" id={hintId(id)}>
      {hint}
    </p>
  ) : null

const describedBy = ({ id, hint }: FieldProps) => (hint ? hintId(id) : undefined)

const enterRuns = (onEnter?: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Enter') return
  event.preventDefault() // Enter would submit the whole document's form
  onEnter?.()
}

export function TextAreaControl(
  props: FieldProps & { value: string; onChange: (value: string) => void; rows?: number },
) {
  const { id, value, onChange, required, rows = 3 } = props
  return (
    <div className="field-type textarea case-form__field">
      <Label {...props} />
      <Hint {...props} />
      <textarea
        id={id}
        value={value}
        rows={rows}
        required={required}
        aria-describedby={describedBy(props)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}

type InputProps = FieldProps & {
  value: string
  onChange: (value: string) => void
  onEnter?: () => void
  min?: string
  max?: string
}

function InputControl(props: InputProps & { type: 'text' | 'date'; className?: string }) {
  const { id, type, className, value, onChange, required, onEnter, min, max } = props
  return (
    <div className="field-type text case-form__field">
      <Label {...props} />
      <Hint {...props} />
      <input
        id={id}
        type={type}
        className={className}
        value={value}
        min={min}
        max={max}
        required={required}
        aria-describedby={describedBy(props)}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={enterRuns(onEnter)}
      />
    </div>
  )
}

export const TextControl = (props: Omit<InputProps, 'min' | 'max'>) => (
  <InputControl {...props} type="text" />
)

export const DateControl = (props: InputProps) => (
  <InputControl {...props} type="date" className="case-form__date" />
)

export function SelectControl(
  props: FieldProps & {
    value: string
    onChange: (value: string) => void
    options: readonly Option[]
    placeholder?: string
  },
) {
  const { id, value, onChange, options, required, placeholder = 'Välj …' } = props
  return (
    <div className="field-type case-form__field">
      <Label {...props} />
      <Hint {...props} />
      <select
        id={id}
        className="case-form__select"
        value={value}
        required={required}
        aria-describedby={describedBy(props)}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Check boxes in a fieldset: accessible on every screen, unlike a multi-select. */
export function CheckboxesControl(props: {
  id: string
  legend: string
  options: readonly Option[]
  values: readonly string[]
  onChange: (values: string[]) => void
  required?: boolean
}) {
  const { id, legend, options, values, onChange, required } = props
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...values, value] : values.filter((v) => v !== value))
  return (
    <fieldset className="case-form__choices">
      <legend className="field-label">
        {legend}
        {required && (
          <span className="required" aria-hidden="true">
            *
          </span>
        )}
      </legend>
      {options.map((option) => (
        <label key={option.value} className="case-form__choice" htmlFor={`${id}-${option.value}`}>
          <input
            id={`${id}-${option.value}`}
            type="checkbox"
            checked={values.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}

export function RadiosControl(props: {
  id: string
  legend: string
  options: readonly Option[]
  value: string
  onChange: (value: string) => void
}) {
  const { id, legend, options, value, onChange } = props
  return (
    <fieldset className="case-form__choices case-form__choices--inline">
      <legend className="field-label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="case-form__choice" htmlFor={`${id}-${option.value}`}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}

/** The server's refusal, read out as soon as it appears, next to the form it belongs to. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div className="case-form__alert-region" role="alert">
      {message && <p className="case-form__alert">{message}</p>}
    </div>
  )
}

export function FormButtons({
  submitLabel,
  onSubmit,
  onCancel,
  busy,
}: {
  submitLabel: string
  onSubmit: () => void
  onCancel?: () => void
  busy: boolean
}) {
  return (
    <div className="case-form__buttons">
      <Button
        buttonStyle="primary"
        size="medium"
        margin={false}
        onClick={() => !busy && onSubmit()}
        extraButtonProps={{ 'aria-disabled': busy }}
      >
        {busy ? 'Sparar …' : submitLabel}
      </Button>
      {onCancel && (
        <Button buttonStyle="secondary" size="medium" margin={false} onClick={onCancel}>
          Avbryt
        </Button>
      )}
    </div>
  )
}

/** A form opened by a button: its first field takes the focus, so keyboard users land where they type. */
export function useFocusFirstField(open = true) {
  const ref = useRef<HTMLFieldSetElement>(null)
  useEffect(() => {
    if (open) ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus()
  }, [open])
  return ref
}
