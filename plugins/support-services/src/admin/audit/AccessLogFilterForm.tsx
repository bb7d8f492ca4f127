import type { AccessLogFilters, AccessLogQuery } from '../../operations/accessLog'

import { accessLogTexts as texts } from '../../domain'
import { FilterActions } from '../FilterActions'

type Field = keyof AccessLogFilters

const problemOf = (query: AccessLogQuery, field: Field) =>
  query.ok ? undefined : query.errors.find((e) => e.field === field)?.message

/** One labelled field with its hint and, when it could not be used, what is wrong, tied to it for screen readers. */
function FilterField(props: {
  name: Field
  label: string
  type: 'text' | 'date'
  value: string
  hint?: string
  problem?: string
  autoComplete?: string
}) {
  const { name, label, type, value, hint, problem, autoComplete } = props
  const id = `access-log-${name}`
  const described =
    [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className="intake-queue__field access-log__field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        autoComplete={autoComplete ?? 'off'}
        spellCheck={false}
        aria-describedby={described}
        aria-invalid={problem ? true : undefined}
      />
      {hint && (
        <p className="access-log__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="access-log__error" id={`${id}-error`}>
          {problem}
        </p>
      )}
    </div>
  )
}

/**
 * The filters as a plain GET form: native fields, so it works without JavaScript; the address keeps
 * the filters, so a review can be bookmarked. What could not be used is said next to its field.
 */
export function AccessLogFilterForm({
  query,
  viewUrl,
  typed,
}: {
  query: AccessLogQuery
  viewUrl: string
  typed: URLSearchParams
}) {
  // Shown as typed, so a mistake can be corrected where it was made.
  const value = (name: Field) => typed.get(name) ?? ''
  return (
    <form
      method="get"
      action={viewUrl}
      className="intake-queue__filters"
      aria-labelledby="access-log-filters"
    >
      <h2 id="access-log-filters">{texts.filtersHeading}</h2>
      <div className="intake-queue__fields">
        <FilterField
          name="user"
          label={texts.user}
          type="text"
          value={value('user')}
          hint={texts.userHint}
          problem={problemOf(query, 'user')}
        />
        <FilterField
          name="reference"
          label={texts.reference}
          type="text"
          value={value('reference')}
          problem={problemOf(query, 'reference')}
        />
        <FilterField
          name="from"
          label={texts.from}
          type="date"
          value={value('from')}
          hint={texts.dateHint}
          problem={problemOf(query, 'from')}
        />
        <FilterField
          name="to"
          label={texts.to}
          type="date"
          value={value('to')}
          hint={texts.dateHint}
          problem={problemOf(query, 'to')}
        />
      </div>
      <FilterActions viewUrl={viewUrl} apply={texts.apply} clear={texts.clear} />
    </form>
  )
}
