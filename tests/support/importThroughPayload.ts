import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { randomBytes } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import {
  checkImportRow,
  generateReference,
  type ImportedReferral,
  isOpenStatus,
} from '../../plugins/support-services/src/domain'
import { readImportRows } from '../../plugins/support-services/src/operations/caseloadImport/readFile'
import {
  importedNote,
  importInstant as instant,
} from '../../plugins/support-services/src/operations/caseloadImport/storedRows'

/**
 * The reference for the batched import: the same file stored row by row through Payload's Local API
 * (create, then one update per move), so every collection hook and field hook runs as it does for
 * staff. The batched path must leave exactly what this leaves.
 */
export async function importThroughPayload(
  payload: Payload,
  { data, service, user }: { data: Buffer; service: { id: number; slug: string }; user: TypedUser },
) {
  const users = await payload.find({ collection: 'users', pagination: false, depth: 0 })
  const staff = new Map(users.docs.map((u) => [u.email.toLowerCase(), u.id]))
  const context = {
    today: new Date().toISOString().slice(0, 10),
    services: [{ id: service.id, slug: service.slug, name: service.slug }],
    staffEmails: new Set(staff.keys()),
  }
  const ready: ImportedReferral[] = []
  for await (const row of readImportRows(data, 'fil.csv')) {
    const checked = checkImportRow(row, context)
    if (!checked.ok) throw new Error(`Row ${row.row}: ${JSON.stringify(checked.errors)}`)
    ready.push(checked.referral)
  }
  const req = await createLocalReq({ user }, payload)
  await initTransaction(req)
  try {
    for (const referral of ready) await storeReferral(req, referral, staff)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function storeReferral(
  req: PayloadRequest,
  referral: ImportedReferral,
  staff: Map<string, number | string>,
) {
  const { payload } = req
  const { applicant } = referral
  const created = await payload.create({
    collection: 'referrals',
    data: {
      reference: generateReference(randomBytes),
      service: referral.serviceId,
      receivedAt: instant(referral.receivedOn, 0),
      externalCaseId: referral.caseId,
      source: referral.source,
      heardFrom: referral.heardFrom,
      applicant: {
        name: applicant.name ?? `Ärende ${referral.caseId}`,
        phone: applicant.phone,
        email: applicant.email,
        dateOfBirth: referral.dateOfBirth,
        age: referral.age,
        gender: referral.gender,
        municipality: referral.municipality,
      },
    } as never,
    overrideAccess: true,
    depth: 0,
    req,
    context: { eventAt: instant(referral.receivedOn, 0), statusReason: importedNote },
  })
  const coach = referral.coachEmail ? staff.get(referral.coachEmail) : undefined
  const { steps } = referral
  const firstContact = steps.findIndex((s) => s.to === 'firstContact')
  const assignAt = firstContact >= 0 ? firstContact : steps.findLastIndex((s) => isOpenStatus(s.to))
  if (coach && assignAt < 0)
    await update(req, created.id, { assignee: coach }, referral.receivedOn, 0)
  for (const [i, step] of steps.entries()) {
    await update(
      req,
      created.id,
      {
        status: step.to,
        ...(step.outcome && { outcome: step.outcome }),
        ...(step.target && { redirectTarget: step.target }),
        ...(step.reason && { statusReason: step.reason }),
        ...(i === assignAt && { assignee: coach }),
        ...(i === steps.length - 1 &&
          referral.nextReassessmentOn && {
            nextReassessmentAt: instant(referral.nextReassessmentOn, 0),
          }),
      },
      step.on,
      i + 1,
    )
  }
}

const update = (
  req: PayloadRequest,
  id: number | string,
  data: Record<string, unknown>,
  on: string,
  step: number,
) =>
  req.payload.update({
    collection: 'referrals',
    id,
    data: data as never,
    overrideAccess: true,
    depth: 0,
    req,
    context: { eventAt: instant(on, step) },
  })
