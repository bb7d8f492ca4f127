'use client'
import { useId, useState } from 'react'

import { reassessmentResultLabels } from '../../domain/staffTexts'
import { DateControl, FormAlert, FormButtons, SelectControl, TextAreaControl } from './controls'
import { useCaseRequest } from './useCaseRequest'

const results = Object.entries(reassessmentResultLabels).map(([value, label]) => ({ value, label }))

/** A re-assessment: its result, the reason, and the date of the next one (not needed when preparing to close). */
/** `earliest`: tomorrow in Sweden, from the server (the next re-assessment lies after today). */
export function ReassessmentForm({
  referralId,
  earliest,
}: {
  referralId: number | string
  earliest: string
}) {
  const { busy, error, send } = useCaseRequest()
  const [result, setResult] = useState('')
  const [reason, setReason] = useState('')
  const [nextAt, setNextAt] = useState('')
  const [saved, setSaved] = useState('')
  const id = useId()
  const closing = result === 'prepareClosing'
  const submit = async () => {
    setSaved('')
    const body = {
      referral: referralId,
      type: 'reassessment',
      reason,
      reassessment: { result: result || undefined, nextAt: nextAt || null },
    }
    if (await send('POST', '/referral-events?depth=0', body)) {
      setResult('')
      setReason('')
      setNextAt('')
      setSaved('Omprövningen är sparad.')
    }
  }
  return (
    <fieldset className="case-form" id={id}>
      <legend className="case-form__legend">Registrera omprövning</legend>
      <SelectControl
        id={`${id}-result`}
        label="Resultat"
        required
        value={result}
        onChange={setResult}
        options={results}
      />
      <TextAreaControl
        id={`${id}-reason`}
        label="Motivering"
        required
        value={reason}
        onChange={setReason}
      />
      <DateControl
        id={`${id}-next`}
        label={closing ? 'Nästa omprövning (frivillig)' : 'Nästa omprövning'}
        hint="Ett datum efter i dag."
        required={!closing}
        min={earliest}
        value={nextAt}
        onChange={setNextAt}
        onEnter={submit}
      />
      <FormAlert message={error} />
      <p className="case-form__done" role="status">
        {saved}
      </p>
      <FormButtons submitLabel="Spara omprövning" onSubmit={submit} busy={busy} />
    </fieldset>
  )
}
