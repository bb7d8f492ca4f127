import type { Payload } from 'payload'

import type { EligibilityRules, FormDefinition } from '../domain'
import { rulesFromStored } from '../adapters/eligibilityRules'
import { formFromStored, type StoredForm } from '../adapters/formDefinition'
import { slugs } from '../defaults'
import { findServiceBySlug } from './findService'

export interface IntakeTarget {
  serviceId: number | string
  formId: number | string
  form: FormDefinition
  rules: EligibilityRules
}

/**
 * Every submission needs its service's rules and form, which change rarely; reading them (a form is
 * many joined tables) cost more than storing the referral. This process keeps them briefly: a change
 * made here clears them at once (`forgetIntakeTargets`), other processes see it within `maxAgeMs`.
 */
const maxAgeMs = 30_000
const cache = new Map<string, { until: number; target: Promise<IntakeTarget | null> }>()

export const forgetIntakeTargets = () => cache.clear()

const findActiveForm = async (payload: Payload, serviceId: number | string, formId?: number | string) => {
  const { docs } = await payload.find({
    collection: slugs.referralForms,
    where: {
      service: { equals: serviceId },
      active: { equals: true },
      ...(formId !== undefined && { id: { equals: formId } }),
    },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { steps: true },
  })
  return docs[0] as unknown as (StoredForm & { id: number | string }) | undefined
}

const load = async (payload: Payload, slug: string, formId?: number | string): Promise<IntakeTarget | null> => {
  const service = await findServiceBySlug(payload, slug)
  if (!service || service.status !== 'open') return null
  const form = await findActiveForm(payload, service.id, formId)
  if (!form) return null
  return { serviceId: service.id, formId: form.id, form: formFromStored(form), rules: rulesFromStored(service.eligibility) }
}

/** The open service with this slug and its active form (or the given one), or null when there is none. */
export const findIntakeTarget = (payload: Payload, slug: string, formId?: number | string, now = Date.now()) => {
  const key = `${slug}|${formId ?? ''}`
  const hit = cache.get(key)
  if (hit && hit.until > now) return hit.target
  const target = load(payload, slug, formId)
  cache.set(key, { until: now + maxAgeMs, target })
  target.catch(() => cache.delete(key)) // a failed read is not remembered
  return target
}
