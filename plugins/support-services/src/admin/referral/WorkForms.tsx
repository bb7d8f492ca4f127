'use client'
import { useId, useState } from 'react'

import {
  isJobStart,
  maxHoursPerWeek,
  schoolKindLabels,
  sniSectionLabels,
  sniSectionText,
  startEndReasonLabels,
  startKindLabels,
} from '../../domain/workStarts'
import {
  DateControl,
  FormAlert,
  FormButtons,
  type Option,
  SelectControl,
  TextControl,
} from './controls'
import { useCaseRequest } from './useCaseRequest'

type Id = number | string

const optionsOf = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
const kinds = optionsOf(startKindLabels)
const schools = optionsOf(schoolKindLabels)
const sectors: Option[] = (Object.keys(sniSectionLabels) as (keyof typeof sniSectionLabels)[]).map(
  (value) => ({ value, label: sniSectionText(value) }),
)
const reasons = optionsOf(startEndReasonLabels)

/** A typed number ("37,5" too); text that is no number goes as it is, so the server names the field. */
const numberOf = (text: string): number | string | undefined => {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.')
  if (!trimmed) return undefined
  return Number.isFinite(Number(trimmed)) ? Number(trimmed) : text
}

/** Posts one record to the history; `done` says what was saved. */
function useRecord(referralId: Id) {
  const request = useCaseRequest()
  const [saved, setSaved] = useState('')
  const post = async (body: Record<string, unknown>, done: string) => {
    setSaved('')
    const ok = await request.send('POST', '/referral-events?depth=0', {
      referral: referralId,
      ...body,
    })
    if (ok) setSaved(done)
    return ok
  }
  return { ...request, saved, post }
}

/** One date for a milestone of the road to work: the first employer contact, or the action plan. */
export function MilestoneForm({
  referralId,
  type,
  legend,
  submitLabel,
  today,
}: {
  referralId: Id
  type: 'employerContact' | 'actionPlan'
  legend: string
  submitLabel: string
  today: string
}) {
  const { busy, error, saved, post } = useRecord(referralId)
  const [date, setDate] = useState(today)
  const id = useId()
  const submit = () => post({ type, date }, 'Datumet är sparat.')
  return (
    <fieldset className="case-form" id={id}>
      <legend className="case-form__legend">{legend}</legend>
      <DateControl
        id={`${id}-date`}
        label="Datum"
        required
        value={date}
        onChange={setDate}
        max={today}
        onEnter={submit}
      />
      <FormAlert message={error} />
      <p className="case-form__done" role="status">
        {saved}
      </p>
      <FormButtons submitLabel={submitLabel} onSubmit={submit} busy={busy} />
    </fieldset>
  )
}

/** A start in work or studies: the day, what kind, the employer's sector or the school, hours and salary. */
export function WorkStartForm({ referralId, today }: { referralId: Id; today: string }) {
  const { busy, error, saved, post } = useRecord(referralId)
  const [date, setDate] = useState(today)
  const [kind, setKind] = useState('')
  const [schoolKind, setSchoolKind] = useState('')
  const [sector, setSector] = useState('')
  const [hours, setHours] = useState('')
  const [salary, setSalary] = useState('')
  const [subsidy, setSubsidy] = useState('')
  const [housing, setHousing] = useState('')
  const id = useId()
  const submit = async () => {
    const body = {
      type: 'workStart',
      date,
      workStart: {
        kind: kind || undefined,
        schoolKind: kind === 'studies' ? schoolKind || undefined : undefined,
        sector: isJobStart(kind) ? sector || undefined : undefined,
        hoursPerWeek: numberOf(hours),
        monthlySalary: isJobStart(kind) ? numberOf(salary) : undefined,
        monthlyWageSubsidy: kind === 'subsidisedJob' ? numberOf(subsidy) : undefined,
        housingSupportHours: numberOf(housing),
      },
    }
    if (await post(body, 'Starten är sparad.')) {
      setKind('')
      setSchoolKind('')
      setSector('')
      setHours('')
      setSalary('')
      setSubsidy('')
      setHousing('')
    }
  }
  return (
    <fieldset className="case-form" id={id}>
      <legend className="case-form__legend">Ny start i arbete eller studier</legend>
      <div className="case-form__row">
        <DateControl
          id={`${id}-date`}
          label="Startdatum"
          required
          value={date}
          onChange={setDate}
          max={today}
        />
        <SelectControl
          id={`${id}-kind`}
          label="Slag"
          required
          value={kind}
          onChange={setKind}
          options={kinds}
        />
      </div>
      <div className="case-form__row">
        {kind === 'studies' && (
          <SelectControl
            id={`${id}-school`}
            label="Skolform"
            required
            value={schoolKind}
            onChange={setSchoolKind}
            options={schools}
          />
        )}
        {isJobStart(kind) && (
          <SelectControl
            id={`${id}-sector`}
            label="Arbetsgivarens bransch (SNI)"
            hint="Arbetsgivarens namn skrivs inte här; det kommer aldrig med i rapporten."
            required
            value={sector}
            onChange={setSector}
            options={sectors}
          />
        )}
      </div>
      <div className="case-form__row">
        <TextControl
          id={`${id}-hours`}
          label="Timmar per vecka"
          hint={`Högst ${maxHoursPerWeek}.`}
          required
          value={hours}
          onChange={setHours}
        />
        {isJobStart(kind) && (
          <TextControl
            id={`${id}-salary`}
            label="Månadslön, kr (frivillig)"
            value={salary}
            onChange={setSalary}
          />
        )}
        {kind === 'subsidisedJob' && (
          <TextControl
            id={`${id}-subsidy`}
            label="Lönestöd per månad, kr (frivilligt)"
            value={subsidy}
            onChange={setSubsidy}
          />
        )}
      </div>
      <div className="case-form__row">
        <TextControl
          id={`${id}-housing`}
          label="Boendestöd efter starten, timmar per vecka (frivilligt)"
          hint="För den samhällsekonomiska kalkylen, om personen hade boendestöd vid inskrivningen."
          value={housing}
          onChange={setHousing}
        />
      </div>
      <FormAlert message={error} />
      <p className="case-form__done" role="status">
        {saved}
      </p>
      <FormButtons submitLabel="Spara start" onSubmit={submit} busy={busy} />
    </fieldset>
  )
}

/** The end of one start: the day and why. */
export function WorkEndForm({
  referralId,
  startId,
  startLabel,
  today,
}: {
  referralId: Id
  startId: Id
  startLabel: string
  today: string
}) {
  const { busy, error, saved, post } = useRecord(referralId)
  const [date, setDate] = useState(today)
  const [reason, setReason] = useState('')
  const id = useId()
  const submit = () =>
    post(
      { type: 'workEnd', date, workEnd: { start: startId, reason: reason || undefined } },
      'Slutdatumet är sparat.',
    )
  return (
    <fieldset className="case-form" id={id}>
      <legend className="case-form__legend">Upphörde: {startLabel}</legend>
      <div className="case-form__row">
        <DateControl
          id={`${id}-date`}
          label="Slutdatum"
          required
          value={date}
          onChange={setDate}
          max={today}
        />
        <SelectControl
          id={`${id}-reason`}
          label="Orsak"
          required
          value={reason}
          onChange={setReason}
          options={reasons}
        />
      </div>
      <FormAlert message={error} />
      <p className="case-form__done" role="status">
        {saved}
      </p>
      <FormButtons submitLabel="Spara slutdatum" onSubmit={submit} busy={busy} />
    </fieldset>
  )
}
