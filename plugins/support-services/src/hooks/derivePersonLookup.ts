import type { CollectionBeforeChangeHook } from 'payload'

import type { LookupHasher } from '../privacy/fieldEncryption'

import { type PersonKeys, personLookupKeys } from '../domain'

export type PersonLookup = {
  nameAndBirth: string | null
  phone: string | null
  email: string | null
}

/** The keyed hashes of a person's lookup keys: what duplicate detection compares, never the values. */
export const personLookup = (hash: LookupHasher, person: PersonKeys): PersonLookup => {
  const keys = personLookupKeys(person)
  const hashed = (kind: keyof typeof keys) => (keys[kind] ? hash(kind, keys[kind]) : null)
  return { nameAndBirth: hashed('nameAndBirth'), phone: hashed('phone'), email: hashed('email') }
}

/**
 * Keeps `personLookup` in step with the applicant's details, on submission and on every correction
 * staff make (`originalDoc` has been read, so decrypted, by Payload).
 */
export const derivePersonLookup =
  (hash: LookupHasher): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    if (!data.applicant) return data
    return {
      ...data,
      personLookup: personLookup(hash, { ...originalDoc?.applicant, ...data.applicant }),
    }
  }
