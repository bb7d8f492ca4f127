import type { LocalizedList, SheetService } from '../domain'

import { rulesFromStored, type StoredEligibility } from './eligibilityRules'
import { localizedFromStored, type StoredText } from './localized'

/** A service as read with `locale: 'all'`: localized fields are objects by locale. */
export interface StoredSheetService {
  slug: string
  status: SheetService['status']
  name: StoredText
  summary: StoredText
  whoFor?: StoredText
  whatYouGet?: LocalizedList<{ text: string }> | null
  provider?: null | string
  contact?: null | {
    phone?: null | string
    email?: null | string
    address?: null | string
    openingHours?: StoredText
  }
  eligibility?: null | StoredEligibility
}

/** Stored service → what the information sheet is made from. */
export const sheetServiceFromStored = (stored: StoredSheetService): SheetService => ({
  slug: stored.slug,
  status: stored.status,
  name: localizedFromStored(stored.name) ?? { sv: stored.slug },
  summary: localizedFromStored(stored.summary) ?? { sv: '' },
  whoFor: localizedFromStored(stored.whoFor),
  whatYouGet: stored.whatYouGet ?? undefined,
  provider: stored.provider ?? undefined,
  contact: {
    phone: stored.contact?.phone ?? undefined,
    email: stored.contact?.email ?? undefined,
    address: stored.contact?.address ?? undefined,
    openingHours: localizedFromStored(stored.contact?.openingHours),
  },
  rules: rulesFromStored(stored.eligibility),
})
