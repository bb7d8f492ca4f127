import type { Payload } from 'payload'

import type { Privacy } from '../../types'

import { slugs } from '../../defaults'

export interface ImportSettings {
  /** The referral's keys: the batched import encrypts and hashes as the collection's hooks do. */
  privacy: Privacy
  /** For how many days after an import its batch can be removed. */
  removableDays: number
}

/**
 * The plugin's settings for the import. The operations are called with a Payload only (from the
 * endpoint, the admin view, the CLI), so the collection of import records carries them in `custom`.
 */
export function importSettingsOf(payload: Payload): ImportSettings {
  const settings = payload.collections[slugs.caseloadImports]?.config.custom?.caseloadImport as
    ImportSettings | undefined
  if (!settings) throw new Error('The support-services plugin is not configured in this Payload.')
  return settings
}
