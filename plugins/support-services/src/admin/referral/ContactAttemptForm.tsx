'use client'
import { useId, useState } from 'react'

import { contactChannelLabels, contactResultLabels } from '../../domain/staffTexts'
import { FormAlert, FormButtons, type Option, SelectControl, TextAreaControl } from './controls'
import { useCaseRequest } from './useCaseRequest'

const optionsOf = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
const channels = optionsOf(contactChannelLabels)
const results = optionsOf(contactResultLabels)

/** A contact attempt: channel, result and an optional note. "Fick kontakt" also sets the first contact date. */
export function ContactAttemptForm({ referralId }: { referralId: number | string }) {
  const { busy, error, send } = useCaseRequest()
  const [channel, setChannel] = useState('')
  const [result, setResult] = useState('')
  const [note, setNote] = useState('')
  const [saved, setSaved] = useState('')
  const id = useId()
  const submit = async () => {
    setSaved('')
    const body = {
      referral: referralId,
      type: 'contactAttempt',
      contact: { channel: channel || undefined, result: result || undefined },
      note: note || undefined,
    }
    if (await send('POST', '/referral-events?depth=0', body)) {
      setChannel('')
      setResult('')
      setNote('')
      setSaved('Kontaktförsöket är sparat.')
    }
  }
  return (
    <fieldset className="case-form" id={id}>
      <legend className="case-form__legend">Nytt kontaktförsök</legend>
      <div className="case-form__row">
        <SelectControl
          id={`${id}-channel`}
          label="Kanal"
          required
          value={channel}
          onChange={setChannel}
          options={channels}
        />
        <SelectControl
          id={`${id}-result`}
          label="Resultat"
          required
          value={result}
          onChange={setResult}
          options={results}
        />
      </div>
      <TextAreaControl
        id={`${id}-note`}
        label="Anteckning (frivillig)"
        value={note}
        onChange={setNote}
        rows={2}
      />
      <FormAlert message={error} />
      <p className="case-form__done" role="status">
        {saved}
      </p>
      <FormButtons submitLabel="Spara kontaktförsök" onSubmit={submit} busy={busy} />
    </fieldset>
  )
}
