import type { Payload } from 'payload'

import type { EligibilityRules, FormDefinition } from '../domain'

import { rulesFromStored } from '../adapters/eligibilityRules'
import { formFromStored, type StoredForm } from '../adapters/formDefinition'
import { slugs } from '../defaults'
import { briefCache } from './briefCache'
import { findServiceBySlug } from './findService'

export interface IntakeTarget {
  serviceId: number | string
  formId: number | string
  form: FormDefinition
  rules: EligibilityRules
}

/** Every submission needs its service's rules and form: kept briefly (see briefCache). */
const remembered = briefCache<IntakeTarget | null>()

const findActiveForm = async (
  payload: Payload,
  serviceId: number | string,
  formId?: number | string,
) => {
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

const load = async (
  payload: Payload,
  slug: string,
  formId?: number | string,
): Promise<IntakeTarget | null> => {
  const service = await findServiceBySlug(payload, slug)
  if (!service || service.status !== 'open') return null
  const form = await findActiveForm(payload, service.id, formId)
  if (!form) return null
  return {
    serviceId: service.id,
    formId: form.id,
    form: formFromStored(form),
    rules: rulesFromStored(service.eligibility),
  }
}

/** The open service with this slug and its active form (or the given one), or null when there is none. */
export const findIntakeTarget = (
  payload: Payload,
  slug: string,
  formId?: number | string,
  now = Date.now(),
) => remembered(`${slug}|${formId ?? ''}`, () => load(payload, slug, formId), now)
