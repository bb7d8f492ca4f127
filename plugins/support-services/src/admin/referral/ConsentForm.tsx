'use client'
import { Button } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

import { consentActionLabels } from '../../domain/staffTexts'
import {
  CheckboxesControl,
  DateControl,
  FormAlert,
  FormButtons,
  RadiosControl,
  TextControl,
  useFocusFirstField,
} from './controls'
import { useCaseRequest } from './useCaseRequest'

type Id = number | string

interface ConsentFormProps {
  referralId: Id
  partners: { id: Id; name: string }[]
  currentPartners: string[]
  canWithdraw: boolean
  /** Today in Sweden, from the server: a consent cannot be dated in the future. */
  today: string
}

/** Records written consent (partners, form version, date) or its withdrawal, as a history event. */
export function ConsentForm({
  referralId,
  partners,
  currentPartners,
  canWithdraw,
  today,
}: ConsentFormProps) {
  const { busy, error, send } = useCaseRequest()
  const [action, setAction] = useState<'given' | 'withdrawn'>('given')
  const [chosen, setChosen] = useState<string[]>(currentPartners)
  const [formVersion, setFormVersion] = useState('')
  const [date, setDate] = useState(today)
  const [saved, setSaved] = useState('')
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement | null>(null)
  const id = useId()
  const fieldset = useFocusFirstField(open)
  const submit = async () => {
    setSaved('')
    const consent =
      action === 'withdrawn'
        ? { action, date }
        : {
            action,
            partners: partners.filter((p) => chosen.includes(String(p.id))).map((p) => p.id),
            formVersion,
            date,
          }
    if (
      await send('POST', '/referral-events?depth=0', {
        referral: referralId,
        type: 'consent',
        consent,
      })
    ) {
      setFormVersion('')
      setAction('given')
      setOpen(false)
      setSaved(`${consentActionLabels[action]}: sparat.`)
    }
  }
  const close = () => {
    setOpen(false)
    requestAnimationFrame(() => toggle.current?.focus())
  }
  const actions = (['given', 'withdrawn'] as const)
    .filter((a) => a === 'given' || canWithdraw)
    .map((value) => ({ value, label: consentActionLabels[value] }))
  const done = (
    <p className="case-form__done" role="status">
      {saved}
    </p>
  )
  if (!open) {
    return (
      <>
        {done}
        <Button
          buttonStyle="secondary"
          size="medium"
          margin={false}
          onClick={() => {
            setSaved('')
            setOpen(true)
          }}
          extraButtonProps={{
            'aria-expanded': false,
            ref: (el: HTMLButtonElement | null) => void (toggle.current = el),
          }}
        >
          Registrera samtycke
        </Button>
      </>
    )
  }
  return (
    <fieldset className="case-form" id={id} ref={fieldset}>
      <legend className="case-form__legend">Registrera samtycke</legend>
      {actions.length > 1 && (
        <RadiosControl
          id={`${id}-action`}
          legend="Vad har hänt?"
          options={actions}
          value={action}
          onChange={(v) => setAction(v as typeof action)}
        />
      )}
      {action === 'given' && (
        <>
          <CheckboxesControl
            id={`${id}-partners`}
            legend="Parter som samtycket gäller"
            required
            options={partners.map((p) => ({ value: String(p.id), label: p.name }))}
            values={chosen}
            onChange={setChosen}
          />
          <TextControl
            id={`${id}-version`}
            label="Blankettversion"
            required
            value={formVersion}
            onChange={setFormVersion}
            onEnter={submit}
          />
        </>
      )}
      <DateControl
        id={`${id}-date`}
        label="Datum"
        required
        value={date}
        max={today}
        onChange={setDate}
        onEnter={submit}
      />
      <FormAlert message={error} />
      <FormButtons submitLabel="Spara samtycke" onSubmit={submit} onCancel={close} busy={busy} />
    </fieldset>
  )
}
