import type { CollectionBeforeChangeHook } from 'payload'

import type { Privacy } from '../../types'

import { generateReference, type ImportedReferral, isOpenStatus, startOfDay } from '../../domain'
import { personLookup } from '../../hooks/derivePersonLookup'
import { enforceWorkflow } from '../../hooks/enforceWorkflow'
import { pooledRandomBytes } from '../../privacy/fieldEncryption'
import { referralEventPersonalFields, referralPersonalFields } from '../../privacy/personalData'

export const importedNote = 'Importerad från kommunens ärendelista.'

/** Swedish midnight of each day seen, as time-zone arithmetic costs more than everything else per row. */
const midnights = new Map<string, number>()
const midnightOf = (on: string) => {
  let at = midnights.get(on)
  if (at === undefined) {
    if (midnights.size > 100_000) midnights.clear()
    at = startOfDay(on).getTime()
    midnights.set(on, at)
  }
  return at
}

/**
 * The instant of a row's date: noon Swedish time (a date has no time; noon keeps it on the same
 * day in every report), a minute apart per step so that same-day moves keep their order.
 */
export const importInstant = (on: string, step: number) =>
  new Date(midnightOf(on) + 12 * 3_600_000 + step * 60_000).toISOString()

type Doc = Record<string, unknown>

/** A referral as the batched import writes it: its fields (data paths) and its events, in order. */
export interface StoredReferral {
  referral: Doc
  events: Doc[]
}

export interface StoreContext {
  batchId: number | string
  actor: number | string
  staff: ReadonlyMap<string, number | string>
  privacy: Privacy
}

/**
 * The workflow hook itself, run in memory: the batched import moves a referral through the same
 * rules, and sets the same milestone dates, as a change through Payload would.
 */
const workflow = (data: Doc, eventAt: string, originalDoc?: Doc) =>
  (enforceWorkflow as (args: HookArgs) => Doc)({
    context: { eventAt },
    data,
    operation: originalDoc ? 'update' : 'create',
    originalDoc,
  } as Partial<HookArgs> as HookArgs)

type HookArgs = Parameters<CollectionBeforeChangeHook>[0]

/**
 * One imported row as the rows Payload's create and updates would have left: the referral in its
 * final state (personal fields encrypted, lookup hashes derived) and its history events (submitted,
 * each status change, the coach taking the case), exactly as the hooks write them. Duplicates are
 * found in SQL per batch (see insertBatch.ts).
 */
export function storedReferral(imported: ImportedReferral, context: StoreContext): StoredReferral {
  const { applicant, steps } = imported
  const person = {
    // Many lists are pseudonymised: the case id is then what staff know the person by.
    name: applicant.name ?? `Ärende ${imported.caseId}`,
    phone: applicant.phone,
    email: applicant.email,
    dateOfBirth: imported.dateOfBirth,
  }
  const received = importInstant(imported.receivedOn, 0)
  let doc = workflow(
    {
      reference: generateReference(pooledRandomBytes),
      service: imported.serviceId,
      receivedAt: received,
      externalCaseId: imported.caseId,
      importBatch: context.batchId,
      source: imported.source,
      heardFrom: imported.heardFrom,
      priority: 'normal',
      referrer: { kind: 'self' },
      applicant: {
        ...person,
        age: imported.age,
        gender: imported.gender,
        municipality: imported.municipality,
      },
      personLookup: personLookup(context.privacy.lookupHash, person),
    },
    received,
  )
  const base = { referral: undefined, actor: context.actor }
  const events: Doc[] = [
    {
      ...base,
      type: 'submitted',
      at: doc.statusChangedAt,
      toStatus: 'received',
      reason: importedNote,
    },
  ]
  const change = (data: Doc, at: string) => {
    const before = doc
    doc = { ...doc, ...workflow(data, at, before) }
    if (doc.status !== before.status)
      events.push({
        ...base,
        type: 'statusChange',
        at: doc.statusChangedAt,
        fromStatus: before.status,
        toStatus: doc.status,
        reason: data.statusReason,
        outcome: doc.status === 'closed' ? doc.outcome : undefined,
        target: doc.status === 'redirected' ? doc.redirectTarget : undefined,
      })
    if (doc.assignee !== before.assignee)
      events.push({ ...base, type: 'assigned', at, assignee: doc.assignee })
  }
  const coach = imported.coachEmail ? context.staff.get(imported.coachEmail) : undefined
  // The coach takes the case at the first contact, or at the last open step when there is none.
  const firstContact = steps.findIndex((s) => s.to === 'firstContact')
  const assignAt = firstContact >= 0 ? firstContact : steps.findLastIndex((s) => isOpenStatus(s.to))
  if (coach && assignAt < 0) change({ assignee: coach }, received)
  for (const [i, step] of steps.entries())
    change(
      {
        status: step.to,
        ...(step.outcome && { outcome: step.outcome }),
        ...(step.target && { redirectTarget: step.target }),
        ...(step.reason && { statusReason: step.reason }),
        ...(i === assignAt && { assignee: coach }),
        ...(i === steps.length - 1 &&
          imported.nextReassessmentOn && {
            nextReassessmentAt: importInstant(imported.nextReassessmentOn, 0),
          }),
      },
      importInstant(step.on, i + 1),
    )
  return {
    referral: sealed(doc, referralPersonalFields, context),
    events: events.map((e) => sealed(e, referralEventPersonalFields, context)),
  }
}

/** A copy with the personal fields encrypted, as the collections' field hooks and the event hook do. */
function sealed(doc: Doc, paths: readonly string[], { privacy }: StoreContext): Doc {
  const out: Doc = { ...doc }
  for (const path of paths) {
    const [group, key] = path.includes('.') ? path.split('.') : [undefined, path]
    if (group && !out[group]) continue
    // Groups are copied before they are changed: the document itself stays plain.
    const parent = group ? (out[group] = { ...(out[group] as Doc) }) : out
    const value = parent[key]
    if (typeof value === 'string' && value !== '') parent[key] = privacy.cipher.seal(value, path)
  }
  return out
}
