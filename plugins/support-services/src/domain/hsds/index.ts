/**
 * The open data of the services in the Open Referral Human Services Data Specification (HSDS) 3.1:
 * ids, the mapping, the query parameters and our schema of what is served. Not part of the site's
 * `domain` subpath (it uses node:crypto for the ids).
 */
export * from './ids'
export * from './map'
export * from './openapi'
export * from './query'
export * from './schema'
export * from './texts'
