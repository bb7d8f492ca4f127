import type { UIFieldServerProps } from 'payload'

import { cache } from 'react'

import type { SupportServicesAccess } from '../../types'

import {
  activePartners,
  allServices,
  findReferral,
  possibleDuplicates,
  referralEvents,
  referralTimeline,
} from './caseData'

/**
 * The referral's page is several `ui` fields rendered in one server pass; each reads through these,
 * so a referral, its history or the partner list is read once per pass (React's request cache), not
 * once per field.
 */
export const loadReferral = cache(findReferral)
export const loadTimeline = cache(referralTimeline)
export const loadEvents = cache(referralEvents)
export const loadServices = cache(allServices)
export const loadPartners = cache(activePartners)
export const loadDuplicates = cache(possibleDuplicates)

/** What each of the page's fields gets from Payload; `access` comes from the field's `serverProps`. */
export type CaseFieldProps = Pick<UIFieldServerProps, 'id' | 'req'> & {
  access?: SupportServicesAccess
}
