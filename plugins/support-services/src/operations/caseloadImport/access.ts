import type { Payload, TypedUser } from 'payload'

import { slugs } from '../../defaults'

/**
 * Whether a user may import a caseload. The admin view is referenced by path and cannot be handed the
 * plugin's options, so it asks the import records' own read access, which is `canImportCaseload`.
 */
export function canImportCaseloadOf(payload: Payload, user: null | TypedUser | undefined): boolean {
  const read = payload.collections[slugs.caseloadImports]?.config.access.read
  return !!user && !!read && read({ req: { user, payload } as never }) === true
}
