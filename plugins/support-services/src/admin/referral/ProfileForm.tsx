'use client'
import { useId, useState } from 'react'

import {
  educationLevelLabels,
  incomeSourceLabels,
  supportYearBandLabels,
} from '../../domain/profile'
import { FormAlert, FormButtons, type Option, SelectControl, TextControl } from './controls'
import { useCaseRequest } from './useCaseRequest'

type Id = number | string

const optionsOf = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
const incomes = optionsOf(incomeSourceLabels)
const supportYears = optionsOf(supportYearBandLabels)
const educations = optionsOf(educationLevelLabels)

/** A typed number ("9 000" too); text that is no number goes as it is, so the server names the field. */
const numberOf = (text: string): number | string | undefined => {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.')
  if (!trimmed) return undefined
  return Number.isFinite(Number(trimmed)) ? Number(trimmed) : text
}

/**
 * The participant's profile at enrolment: every answer optional; the birth year only when the referral
 * has no date of birth (the server works out the age and keeps only that). Saving again replaces it.
 */
export function ProfileForm({
  referralId,
  hasBirthDate,
}: {
  referralId: Id
  hasBirthDate: boolean
}) {
  const { busy, error, send } = useCaseRequest()
  const [saved, setSaved] = useState('')
  const [incomeSource, setIncomeSource] = useState('')
  const [amount, setAmount] = useState('')
  const [years, setYears] = useState('')
  const [education, setEducation] = useState('')
  const [birthYear, setBirthYear] = useState('')
  const [housing, setHousing] = useState('')
  const id = useId()
  const submit = async () => {
    setSaved('')
    const ok = await send('POST', '/referral-events?depth=0', {
      referral: referralId,
      type: 'profile',
      profile: {
        incomeSource: incomeSource || undefined,
        monthlyIncome: numberOf(amount),
        supportYears: years || undefined,
        education: education || undefined,
        birthYear: hasBirthDate ? undefined : numberOf(birthYear),
        housingSupportHours: numberOf(housing),
      },
    })
    if (ok) setSaved('Profilen är sparad.')
  }
  return (
    <fieldset className="case-form" id={id}>
      <legend className="case-form__legend">Profil vid inskrivning</legend>
      <p className="case-form__hint">
        Frivilligt, för uppföljningen (SUS). Fråga aldrig mer än personen vill berätta.
      </p>
      <div className="case-form__row">
        <SelectControl
          id={`${id}-income`}
          label="Huvudsaklig inkomstkälla före"
          value={incomeSource}
          onChange={setIncomeSource}
          options={incomes}
        />
        <TextControl
          id={`${id}-amount`}
          label="Belopp per månad, kr (frivilligt)"
          value={amount}
          onChange={setAmount}
        />
      </div>
      <div className="case-form__row">
        <SelectControl
          id={`${id}-years`}
          label="År med offentlig försörjning"
          value={years}
          onChange={setYears}
          options={supportYears}
        />
        <SelectControl
          id={`${id}-education`}
          label="Högsta avslutade utbildning"
          value={education}
          onChange={setEducation}
          options={educations}
        />
      </div>
      <div className="case-form__row">
        <TextControl
          id={`${id}-housing`}
          label="Boendestöd, timmar per vecka (frivilligt)"
          hint="För den samhällsekonomiska kalkylen. 0 om personen inte har boendestöd."
          value={housing}
          onChange={setHousing}
        />
      </div>
      {!hasBirthDate && (
        <div className="case-form__row">
          <TextControl
            id={`${id}-birth-year`}
            label="Födelseår (frivilligt)"
            hint="Anmälan saknar födelsedatum. Året ger åldern vid inskrivningen och sparas inte."
            value={birthYear}
            onChange={setBirthYear}
          />
        </div>
      )}
      <FormAlert message={error} />
      <p className="case-form__done" role="status">
        {saved}
      </p>
      <FormButtons submitLabel="Spara profil" onSubmit={submit} busy={busy} />
    </fieldset>
  )
}
