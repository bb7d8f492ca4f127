import type { Payload } from 'payload'

import { slugs } from '../../defaults'
import {
  anonymisationCutoff,
  defaultAnonymiseAfterYears,
  defaultDeleteAfterDays,
  deletionCutoff,
} from '../../domain'
import {
  referralAnonymisedFields,
  referralEventAnonymisedFields,
} from '../../privacy/anonymisation'
import { drizzleRunner, inTransaction, type SqlRunner } from '../sql'
import { type AnonymisationPlan, anonymiseBatch, type Batch, deleteBatch } from './batches'
import { planFieldClearing } from './clearFields'

export interface RetentionArgs {
  /** The clock of this run: what is due is worked out from this instant. */
  now: Date
  /** Only these services' referrals (default: every service). */
  serviceIds?: readonly number[]
  /** Referrals per transaction. */
  batchSize?: number
}

export interface RetentionCounts {
  serviceId: number
  deleted: number
  anonymised: number
}

export interface RetentionResult {
  deleted: number
  anonymised: number
  byService: RetentionCounts[]
}

interface ServiceRetention {
  id: number
  deleteAfterDays: number
  anonymiseAfterYears: number
}

const servicesToRun = async (
  payload: Payload,
  serviceIds?: readonly number[],
): Promise<ServiceRetention[]> => {
  const { docs } = await payload.find({
    collection: slugs.services,
    where: serviceIds ? { id: { in: [...serviceIds] } } : undefined,
    select: { retention: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => {
    const retention = (
      doc as {
        retention?: { deleteAfterDays?: number | null; anonymiseAfterYears?: number | null }
      }
    ).retention
    return {
      id: Number(doc.id),
      deleteAfterDays: retention?.deleteAfterDays ?? defaultDeleteAfterDays,
      anonymiseAfterYears: retention?.anonymiseAfterYears ?? defaultAnonymiseAfterYears,
    }
  })
}

/** Runs batches of `work`, each in its own transaction, until one comes back short. */
const inBatches = async (
  payload: Payload,
  batch: Batch,
  work: (run: SqlRunner) => Promise<number>,
) => {
  let total = 0
  for (;;) {
    const done = await inTransaction(payload, work)
    total += done
    if (done < batch.size) return total
  }
}

/**
 * Retention (gallring), per service: deletes the referrals that closed without ever being a case once
 * the service's days have passed (leaving their contribution to the follow-up figures behind as tallies),
 * then anonymises closed cases once the service's years have passed. Idempotent: what is done is not
 * due again. Logs counts only, never contents.
 */
export const runRetention = async (
  payload: Payload,
  { now, serviceIds, batchSize = 500 }: RetentionArgs,
): Promise<RetentionResult> => {
  const services = await servicesToRun(payload, serviceIds)
  const run = drizzleRunner(payload)
  const plan: AnonymisationPlan = {
    referrals: await planFieldClearing(payload, run, slugs.referrals, referralAnonymisedFields),
    events: await planFieldClearing(
      payload,
      run,
      slugs.referralEvents,
      referralEventAnonymisedFields,
    ),
  }
  const byService: RetentionCounts[] = []
  for (const service of services) {
    const deletion = {
      serviceId: service.id,
      cutoff: deletionCutoff(now, service.deleteAfterDays),
      size: batchSize,
    }
    const deleted = await inBatches(payload, deletion, (tx) => deleteBatch(tx, deletion))
    const anonymisation = {
      serviceId: service.id,
      cutoff: anonymisationCutoff(now, service.anonymiseAfterYears),
      size: batchSize,
    }
    const anonymised = await inBatches(payload, anonymisation, (tx) =>
      anonymiseBatch(tx, anonymisation, plan, now),
    )
    byService.push({ serviceId: service.id, deleted, anonymised })
  }
  const result = {
    deleted: byService.reduce((sum, s) => sum + s.deleted, 0),
    anonymised: byService.reduce((sum, s) => sum + s.anonymised, 0),
    byService,
  }
  payload.logger.info({ msg: 'Gallring klar', ...result })
  return result
}
