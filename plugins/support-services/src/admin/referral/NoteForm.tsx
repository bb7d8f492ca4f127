'use client'
import { useId, useState } from 'react'

import { FormAlert, FormButtons, TextAreaControl } from './controls'
import { useCaseRequest } from './useCaseRequest'

/** An internal note: staff only, kept in the history with who wrote it and when. */
export function NoteForm({ referralId }: { referralId: number | string }) {
  const { busy, error, send } = useCaseRequest()
  const [note, setNote] = useState('')
  const [saved, setSaved] = useState('')
  const id = useId()
  const submit = async () => {
    setSaved('')
    if (
      await send('POST', '/referral-events?depth=0', { referral: referralId, type: 'note', note })
    ) {
      setNote('')
      setSaved('Anteckningen är sparad.')
    }
  }
  return (
    <fieldset className="case-form" id={id}>
      <legend className="case-form__legend">Ny anteckning</legend>
      <TextAreaControl
        id={`${id}-note`}
        label="Anteckning"
        hint="Syns bara för personalen."
        required
        value={note}
        onChange={setNote}
      />
      <FormAlert message={error} />
      <p className="case-form__done" role="status">
        {saved}
      </p>
      <FormButtons submitLabel="Spara anteckning" onSubmit={submit} busy={busy} />
    </fieldset>
  )
}
