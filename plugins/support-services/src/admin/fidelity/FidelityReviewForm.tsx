'use client'
import { Banner, Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { Suggestion } from '../../domain/fidelity/suggestions'

import { fidelityGroupLabels, fidelityGroups, fidelityItems } from '../../domain/fidelity/items'

export interface ReviewFormValues {
  date: string
  accounts: number[]
  names: string[]
  scores: Record<string, { score: null | number; note: string }>
}

const unreachable = 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.'

/** Payload's validation errors name each field's problem; those are the messages to show. */
async function messagesOf(response: Response): Promise<string[]> {
  if (response.status === 401) return ['Du är inte inloggad längre. Logga in igen.']
  if (response.status === 403) return ['Du får inte ändra mätningar för den här tjänsten.']
  try {
    const body = (await response.json()) as {
      errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
    }
    const messages = (body.errors ?? []).flatMap((e) =>
      e.data?.errors?.length ? e.data.errors.map((d) => d.message ?? '') : [e.message ?? ''],
    )
    if (messages.some(Boolean)) return messages.filter(Boolean)
  } catch {
    // Not JSON: the general message below.
  }
  return [`Något gick fel (fel ${response.status}). Försök igen.`]
}

const scoreOptions = [1, 2, 3, 4, 5] as const

/**
 * The review's form: date, reviewers (staff accounts or names), and the 25 items with a score and a
 * note each, the figure and suggested score beside the items the records inform. Saved as it is, also
 * unfinished; the page then shows the total, what is missing and the comparison.
 */
export function FidelityReviewForm(props: {
  collectionUrl: string
  pageUrl: string
  reviewId: null | number
  serviceId: number
  staff: { id: number; label: string }[]
  suggestions: Record<string, Suggestion>
  initial: ReviewFormValues
}) {
  const { collectionUrl, pageUrl, reviewId, serviceId, staff, suggestions, initial } = props
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const setScore = (key: string, change: Partial<{ score: null | number; note: string }>) =>
    setValues((v) => ({
      ...v,
      scores: {
        ...v.scores,
        [key]: { ...(v.scores[key] ?? { score: null, note: '' }), ...change },
      },
    }))

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setErrors([])
    const body = {
      service: serviceId,
      date: values.date,
      reviewers: [
        ...values.accounts.map((account) => ({ account })),
        ...values.names
          .map((n) => n.trim())
          .filter(Boolean)
          .map((name) => ({ name })),
      ],
      scores: fidelityItems
        .map(({ key }) => ({ item: key, ...values.scores[key] }))
        .filter((s) => s.score != null || s.note?.trim()),
    }
    try {
      const response = await fetch(reviewId ? `${collectionUrl}/${reviewId}` : collectionUrl, {
        method: reviewId ? 'PATCH' : 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (!response.ok) {
        setErrors(await messagesOf(response))
        setBusy(false)
        return
      }
      const { doc } = (await response.json()) as { doc: { id: number } }
      window.location.assign(`${pageUrl}?review=${doc.id}&saved=1`)
    } catch {
      setErrors([unreachable])
      setBusy(false)
    }
  }

  return (
    <form className="fidelity-form" onSubmit={save} aria-label="Bedömning" noValidate>
      <div className="fidelity-form__row">
        <div>
          <label htmlFor="fidelity-date">Datum för mätningen</label>
          <input
            id="fidelity-date"
            type="date"
            required
            value={values.date}
            onChange={(e) => setValues((v) => ({ ...v, date: e.target.value }))}
          />
        </div>
      </div>
      <fieldset>
        <legend>Granskare</legend>
        <div className="fidelity-form__staff">
          {staff.map((s) => (
            <label key={s.id}>
              <input
                type="checkbox"
                checked={values.accounts.includes(s.id)}
                onChange={(e) =>
                  setValues((v) => ({
                    ...v,
                    accounts: e.target.checked
                      ? [...v.accounts, s.id]
                      : v.accounts.filter((a) => a !== s.id),
                  }))
                }
              />
              {s.label}
            </label>
          ))}
        </div>
        <label htmlFor="fidelity-names">Andra granskare, ett namn per rad</label>
        <textarea
          id="fidelity-names"
          rows={2}
          value={values.names.join('\n')}
          onChange={(e) => setValues((v) => ({ ...v, names: e.target.value.split('\n') }))}
        />
      </fieldset>
      {fidelityGroups.map((group) => (
        <section key={group} aria-labelledby={`fidelity-group-${group}`}>
          <h2 id={`fidelity-group-${group}`}>{fidelityGroupLabels[group]}</h2>
          {fidelityItems
            .filter((i) => i.group === group)
            .map((item) => {
              const current = values.scores[item.key] ?? { score: null, note: '' }
              const suggestion = suggestions[item.key]
              const hint = `fidelity-hint-${item.key}`
              return (
                <fieldset
                  key={item.key}
                  className="fidelity-item"
                  aria-describedby={suggestion ? hint : undefined}
                >
                  <legend>{item.name}</legend>
                  {suggestion ? (
                    <div className="fidelity-item__figure" id={hint}>
                      <p>{suggestion.figure}</p>
                      <p>
                        {suggestion.suggested != null ? (
                          <strong>Förslag ur registren: {suggestion.suggested}. </strong>
                        ) : null}
                        {suggestion.basis}
                      </p>
                      {suggestion.suggested != null && current.score !== suggestion.suggested ? (
                        <Button
                          buttonStyle="secondary"
                          size="small"
                          margin={false}
                          onClick={() => setScore(item.key, { score: suggestion.suggested })}
                        >
                          Använd förslaget ({suggestion.suggested})
                        </Button>
                      ) : null}
                    </div>
                  ) : null}
                  <div className="fidelity-item__scores">
                    {scoreOptions.map((score) => (
                      <label key={score}>
                        <input
                          type="radio"
                          name={`score-${item.key}`}
                          value={score}
                          checked={current.score === score}
                          onChange={() => setScore(item.key, { score })}
                        />
                        {score}
                      </label>
                    ))}
                    <label>
                      <input
                        type="radio"
                        name={`score-${item.key}`}
                        value=""
                        checked={current.score == null}
                        onChange={() => setScore(item.key, { score: null })}
                      />
                      Inte bedömd
                    </label>
                  </div>
                  <label htmlFor={`note-${item.key}`}>Anteckning</label>
                  <textarea
                    id={`note-${item.key}`}
                    rows={2}
                    value={current.note}
                    onChange={(e) => setScore(item.key, { note: e.target.value })}
                  />
                </fieldset>
              )
            })}
        </section>
      ))}
      {errors.length ? (
        <Banner type="error">
          <div role="alert">
            <p>Mätningen sparades inte:</p>
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        </Banner>
      ) : null}
      <div className="fidelity-form__row">
        <Button type="submit" buttonStyle="primary" margin={false} disabled={busy}>
          {busy ? 'Sparar …' : 'Spara mätningen'}
        </Button>
        <span className="fidelity-form__hint">
          Du kan spara en ofullständig mätning och fortsätta senare.
        </span>
      </div>
    </form>
  )
}
