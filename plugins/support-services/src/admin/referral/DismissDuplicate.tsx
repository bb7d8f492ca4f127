'use client'
import { Button } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

import { requirementLabels } from '../../domain/staffTexts'
import { FormAlert, FormButtons, TextAreaControl, useFocusFirstField } from './controls'
import { useCaseRequest } from './useCaseRequest'

type Id = number | string

/** "Not the same person": removes the pair from the list of the referral that holds it. */
export function DismissDuplicate({
  listedOn,
  remaining,
  reference,
}: {
  listedOn: Id
  remaining: Id[]
  reference: string
}) {
  const { busy, error, send } = useCaseRequest()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const toggle = useRef<HTMLButtonElement | null>(null)
  const id = useId()
  const fieldset = useFocusFirstField(open)
  const label = `Inte samma person som ${reference}`
  const submit = () =>
    send('PATCH', `/referrals/${listedOn}?depth=0`, {
      possibleDuplicates: remaining,
      statusReason: reason,
    })
  if (!open) {
    return (
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        onClick={() => setOpen(true)}
        extraButtonProps={{
          'aria-expanded': false,
          ref: (el: HTMLButtonElement | null) => void (toggle.current = el),
        }}
      >
        {label}
      </Button>
    )
  }
  return (
    <fieldset className="case-form" id={id} ref={fieldset}>
      <legend className="case-form__legend">{label}</legend>
      <TextAreaControl
        id={`${id}-reason`}
        label={`${requirementLabels.reason} (frivillig)`}
        value={reason}
        onChange={setReason}
      />
      <FormAlert message={error} />
      <FormButtons
        submitLabel="Bekräfta"
        onSubmit={submit}
        onCancel={() => {
          setOpen(false)
          requestAnimationFrame(() => toggle.current?.focus())
        }}
        busy={busy}
      />
    </fieldset>
  )
}
