'use client'
import { Button } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

import type { Requirement, Status, TransitionAction } from '../../domain/workflow'
import type { Choice } from './caseData'
import type { Id } from './timeline'

import {
  actionLabels,
  assignmentLabels,
  moveToServiceLabel,
  outcomeLabels,
  requirementLabels,
  statusLabels,
} from '../../domain/staffTexts'
import {
  FormAlert,
  FormButtons,
  type Option,
  SelectControl,
  TextAreaControl,
  TextControl,
  useFocusFirstField,
} from './controls'
import { useCaseRequest } from './useCaseRequest'

export interface MoveChoice {
  action: TransitionAction
  to: Status
  requires: Requirement[]
}

export interface CaseActionsProps {
  referralId: Id
  status: Status
  serviceName: string
  /** The moves the workflow table allows from `status`, and nothing else. */
  moves: MoveChoice[]
  partners: Choice[]
  /** Other services a referral can move to; `inScope`: the user still sees it there. */
  services: (Choice & { inScope: boolean })[]
  canMoveService: boolean
  mergeTargets: Choice[]
  assignee: Choice | null
  me: Choice
  /** Where to go after moving the referral to a service the user does not work with. */
  queueUrl: string
}

/** The moves along the usual path get the primary look; the others are there but quieter. */
const forward: readonly TransitionAction[] = [
  'screen',
  'queue',
  'firstContact',
  'enrol',
  'activate',
  'close',
  'resume',
]

const otherPartner = 'other'
const outcomeOptions: Option[] = Object.entries(outcomeLabels).map(([value, label]) => ({
  value,
  label,
}))
const optionsOf = (choices: readonly Choice[]): Option[] =>
  choices.map((c) => ({ value: String(c.id), label: c.name }))
const idIn = (choices: readonly Choice[], value: string) =>
  choices.find((c) => String(c.id) === value)?.id

/**
 * The referral's status, its assignee and the actions allowed from here: one button per move the
 * workflow allows, each opening a small form that asks for what that move needs.
 */
export function CaseActions(props: CaseActionsProps) {
  const { referralId, status, serviceName, moves, assignee, me, canMoveService } = props
  const [open, setOpen] = useState<string | null>(null)
  const [done, setDone] = useState('')
  const statusRef = useRef<HTMLParagraphElement>(null)
  const toggles = useRef(new Map<string, HTMLButtonElement | null>())
  const assign = useCaseRequest()
  const formId = useId()

  const succeeded = (message: string) => {
    setOpen(null)
    setDone(message)
    statusRef.current?.focus() // the button that was used may be gone now
  }
  const cancel = () => {
    const key = open
    setOpen(null)
    if (key) toggles.current.get(key)?.focus()
  }
  const toggle = (key: string) => {
    setDone('')
    setOpen(open === key ? null : key)
  }
  const setAssignee = async (id: Id | null) => {
    setDone('')
    const ok = await assign.send('PATCH', `/referrals/${referralId}?depth=0`, { assignee: id })
    if (ok) succeeded(id === null ? 'Tilldelningen är borttagen.' : 'Anmälan är tilldelad dig.')
  }

  const toggleButton = (key: string, label: string, primary: boolean) => (
    <Button
      key={key}
      buttonStyle={primary ? 'primary' : 'secondary'}
      size="medium"
      margin={false}
      onClick={() => toggle(key)}
      extraButtonProps={{
        'aria-expanded': open === key,
        'aria-controls': open === key ? formId : undefined,
        ref: (element: HTMLButtonElement | null) => {
          toggles.current.set(key, element)
        },
      }}
    >
      {label}
    </Button>
  )

  const openMove = moves.find((m) => m.action === open)
  return (
    <div className="case-actions">
      <dl className="case-facts">
        <div>
          <dt>Status</dt>
          <dd>
            <p className="case-facts__status" ref={statusRef} tabIndex={-1}>
              {statusLabels[status]}
            </p>
          </dd>
        </div>
        <div>
          <dt>Tjänst</dt>
          <dd>{serviceName}</dd>
        </div>
        <div>
          <dt>Handläggare</dt>
          <dd className="case-facts__assignee">
            <span>
              {assignee
                ? String(assignee.id) === String(me.id)
                  ? `${assignee.name} (du)`
                  : assignee.name
                : assignmentLabels.nobody}
            </span>
            {String(assignee?.id) !== String(me.id) && (
              <Button
                buttonStyle="secondary"
                size="small"
                margin={false}
                onClick={() => !assign.busy && setAssignee(me.id)}
              >
                {assignmentLabels.assignMe}
              </Button>
            )}
            {assignee && (
              <Button
                buttonStyle="secondary"
                size="small"
                margin={false}
                onClick={() => !assign.busy && setAssignee(null)}
              >
                {assignmentLabels.unassign}
              </Button>
            )}
          </dd>
        </div>
      </dl>
      <FormAlert message={assign.error} />
      <p className="case-form__done" role="status">
        {done}
      </p>

      <h3 className="case-actions__title">Åtgärder</h3>
      {moves.length === 0 && !canMoveService ? (
        <p>Inga åtgärder finns för en anmälan med status {statusLabels[status].toLowerCase()}.</p>
      ) : (
        <div className="case-actions__buttons">
          {moves.map((m) =>
            toggleButton(m.action, actionLabels[m.action], forward.includes(m.action)),
          )}
          {canMoveService && toggleButton('moveService', moveToServiceLabel, false)}
        </div>
      )}

      {openMove && (
        <MoveForm
          key={openMove.action}
          id={formId}
          {...props}
          move={openMove}
          onDone={succeeded}
          onCancel={cancel}
        />
      )}
      {open === 'moveService' && (
        <MoveServiceForm id={formId} {...props} onDone={succeeded} onCancel={cancel} />
      )}
    </div>
  )
}

interface FormProps extends CaseActionsProps {
  id: string
  onDone: (message: string) => void
  onCancel: () => void
}

/** A status change: asks exactly for what the workflow table says the move requires. */
function MoveForm({
  id,
  referralId,
  move,
  partners,
  mergeTargets,
  onDone,
  onCancel,
}: FormProps & { move: MoveChoice }) {
  const { busy, error, send } = useCaseRequest()
  const [reason, setReason] = useState('')
  const [outcome, setOutcome] = useState('')
  const [partner, setPartner] = useState('')
  const [otherName, setOtherName] = useState('')
  const [mergeTarget, setMergeTarget] = useState('')
  const fieldset = useFocusFirstField()
  const needs = (r: Requirement) => move.requires.includes(r)
  const reasonRequired = needs('reason') || (needs('outcome') && outcome === 'other')
  const label = actionLabels[move.action]

  const target = () => {
    if (move.to === 'merged') return { mergedInto: idIn(mergeTargets, mergeTarget) ?? null }
    if (!needs('target')) return {}
    return partner === otherPartner
      ? { redirectTarget: otherName }
      : { redirectPartner: idIn(partners, partner) ?? null }
  }
  const submit = async () => {
    const body = {
      status: move.to,
      statusReason: reason,
      ...(needs('outcome') ? { outcome: outcome || null } : {}),
      ...target(),
    }
    if (await send('PATCH', `/referrals/${referralId}?depth=0`, body))
      onDone(`Klart. Ny status: ${statusLabels[move.to]}.`)
  }

  return (
    <fieldset className="case-form" id={id} ref={fieldset}>
      <legend className="case-form__legend">{label}</legend>
      {needs('outcome') && (
        <SelectControl
          id={`${id}-outcome`}
          label={requirementLabels.outcome}
          required
          value={outcome}
          onChange={setOutcome}
          options={outcomeOptions}
        />
      )}
      {needs('target') && move.to === 'redirected' && (
        <>
          <SelectControl
            id={`${id}-partner`}
            label={requirementLabels.partner}
            required
            value={partner}
            onChange={setPartner}
            options={[
              ...optionsOf(partners),
              { value: otherPartner, label: requirementLabels.otherPartner },
            ]}
          />
          {partner === otherPartner && (
            <TextControl
              id={`${id}-other`}
              label={requirementLabels.otherPartnerName}
              required
              value={otherName}
              onChange={setOtherName}
              onEnter={submit}
            />
          )}
        </>
      )}
      {move.to === 'merged' && (
        <SelectControl
          id={`${id}-merge`}
          label={requirementLabels.mergeTarget}
          hint="Den här anmälan stängs som sammanslagen. Historiken finns kvar på båda."
          required
          value={mergeTarget}
          onChange={setMergeTarget}
          options={optionsOf(mergeTargets)}
        />
      )}
      <TextAreaControl
        id={`${id}-reason`}
        label={
          reasonRequired ? requirementLabels.reason : `${requirementLabels.reason} (frivillig)`
        }
        hint={needs('outcome') ? 'Krävs när utfallet är Annat.' : undefined}
        required={reasonRequired}
        value={reason}
        onChange={setReason}
      />
      <FormAlert message={error} />
      <FormButtons submitLabel="Bekräfta" onSubmit={submit} onCancel={onCancel} busy={busy} />
    </fieldset>
  )
}

/** Redirect within the system: to another service's queue, keeping the original date and the history. */
function MoveServiceForm({ id, referralId, services, queueUrl, onDone, onCancel }: FormProps) {
  const { busy, error, send } = useCaseRequest()
  const [service, setService] = useState('')
  const [reason, setReason] = useState('')
  const chosen = services.find((s) => String(s.id) === service)
  const fieldset = useFocusFirstField()
  const submit = async () => {
    const body = { service: chosen?.id ?? null, statusReason: reason }
    const ok = await send(
      'PATCH',
      `/referrals/${referralId}?depth=0`,
      body,
      chosen && !chosen.inScope ? { leaveTo: queueUrl } : {},
    )
    if (ok) onDone(`Klart: anmälan är flyttad till ${chosen?.name} och väntar i den tjänstens kö.`)
  }
  return (
    <fieldset className="case-form" id={id} ref={fieldset}>
      <legend className="case-form__legend">{moveToServiceLabel}</legend>
      <p className="case-form__hint">
        Anmälan hamnar i den andra tjänstens kö med sitt ursprungliga datum och sin historik.
      </p>
      <SelectControl
        id={`${id}-service`}
        label="Till tjänst"
        required
        value={service}
        onChange={setService}
        options={services.map((s) => ({ value: String(s.id), label: s.name }))}
        hint={
          chosen && !chosen.inScope
            ? 'Du arbetar inte med den tjänsten: efter flytten ser du inte längre anmälan.'
            : undefined
        }
      />
      <TextAreaControl
        id={`${id}-reason`}
        label={`${requirementLabels.reason} (frivillig)`}
        value={reason}
        onChange={setReason}
      />
      <FormAlert message={error} />
      <FormButtons submitLabel="Bekräfta" onSubmit={submit} onCancel={onCancel} busy={busy} />
    </fieldset>
  )
}
