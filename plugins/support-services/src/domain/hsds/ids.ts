import { createHash } from 'node:crypto'

/**
 * The namespace of every HSDS identifier this install publishes (a fixed, randomly drawn UUID). Never
 * change it: directories that read the data keep our ids, and a new namespace would give every object
 * a new one.
 */
export const hsdsNamespace = '3d5f6c1e-8a4b-4f0e-9c27-5b1e7a9d2c64'

/** What an id names; the kind is part of the name, so a service and its location never share one. */
export type HsdsKind =
  | 'attribute'
  | 'contact'
  | 'language'
  | 'location'
  | 'organization'
  | 'phone'
  | 'schedule'
  | 'service'
  | 'service_at_location'
  | 'service_capacity'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'unit'
  | 'url'

/** An RFC 9562 version-5 UUID: SHA-1 of the namespace's bytes and the name. */
export const uuidV5 = (namespace: string, name: string): string => {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
  hash[6] = (hash[6] & 0x0f) | 0x50
  hash[8] = (hash[8] & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * A stable UUID for one of our objects (version 5 of the name `<kind>:<key>` in our namespace), so the
 * same database row always has the same HSDS id without storing one.
 */
export const hsdsId = (kind: HsdsKind, key: number | string): string =>
  uuidV5(hsdsNamespace, `${kind}:${key}`)

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** Whether a path or query value is a UUID at all (lower or upper case). */
export const isUuid = (value: string) => uuidPattern.test(value.toLowerCase())
