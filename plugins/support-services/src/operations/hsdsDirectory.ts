import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import type { StoredSheetService } from '../adapters/sheetService'

import { sheetServiceFromStored } from '../adapters/sheetService'
import { slugs } from '../defaults'
import { hsdsId, type HsdsServiceSource } from '../domain/hsds'
import { drizzleRunner, tables } from './sql'

/**
 * The published services as the open data reads them: every open service in every language, read
 * once and kept in memory until the services change. Each request asks PostgreSQL for the published
 * services' fingerprint (one cheap statement over a small table), so an edit made through any CMS
 * process shows in the very next answer of every process; the texts are read again only then.
 */
export interface HsdsDirectory {
  /** Ordered by database id: the lists' order. */
  services: HsdsServiceSource[]
  /** A published service by the HSDS id of the service or of its place. */
  byHsdsId: Map<string, HsdsServiceSource>
}

type StoredService = StoredSheetService & {
  id: number
  method: HsdsServiceSource['method']
  municipalityName?: null | string
  languages?: null | string[]
  updatedAt: string
}

const sourceOf = (doc: StoredService): HsdsServiceSource => ({
  ...sheetServiceFromStored(doc),
  id: doc.id,
  method: doc.method,
  municipalityName: doc.municipalityName ?? undefined,
  languages: doc.languages ?? undefined,
  updatedAt: doc.updatedAt,
})

/** Any publish, pause, edit or removal changes one of these (Payload stamps `updated_at` on every save). */
const fingerprintOf = async (payload: Payload) => {
  const { rows } = await drizzleRunner(payload)(
    sql`SELECT count(*) AS n, coalesce(sum(id), 0) AS ids, max(updated_at) AS last
        FROM ${tables.services} WHERE status = 'open'`,
  )
  const { n, ids, last } = rows[0]
  return `${n}:${ids}:${last ? new Date(String(last)).toISOString() : ''}`
}

const readDirectory = async (payload: Payload): Promise<HsdsDirectory> => {
  const { docs } = await payload.find({
    collection: slugs.services,
    where: { status: { equals: 'open' } },
    select: {
      slug: true,
      status: true,
      method: true,
      name: true,
      summary: true,
      whoFor: true,
      provider: true,
      municipalityName: true,
      contact: true,
      languages: true,
      eligibility: true,
      updatedAt: true,
    },
    locale: 'all',
    sort: 'id',
    depth: 0,
    pagination: false,
  })
  const services = (docs as unknown as StoredService[]).map(sourceOf)
  const byHsdsId = new Map<string, HsdsServiceSource>()
  for (const service of services) {
    byHsdsId.set(hsdsId('service', service.id), service)
    byHsdsId.set(hsdsId('service_at_location', service.id), service)
  }
  return { services, byHsdsId }
}

/** Per Payload instance (a process may hold several, e.g. the tests'), the directory and what it was read at. */
const kept = new WeakMap<Payload, { fingerprint: string; directory: Promise<HsdsDirectory> }>()

export const hsdsDirectory = async (payload: Payload): Promise<HsdsDirectory> => {
  const fingerprint = await fingerprintOf(payload)
  const current = kept.get(payload)
  if (current?.fingerprint === fingerprint) return current.directory
  // Requests that arrive while it is read share the one read; a failed read is not kept.
  const directory = readDirectory(payload)
  kept.set(payload, { fingerprint, directory })
  directory.catch(() => kept.get(payload)?.directory === directory && kept.delete(payload))
  return directory
}
