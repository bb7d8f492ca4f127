/**
 * The follow-up report's pure parts: the period, what it counts, shaping the database's aggregate rows
 * into one report, the report's tables and their labels, the "< 5" rule with masking by complement, and
 * CSV. The SQL lives in the plugin's operations; nothing here reads a database or a clock.
 */
export { share } from './arithmetic'
export * from './period'
export * from './figures'
export * from './shape'
export * from './labels'
export * from './tables'
export * from './masking'
export * from './acrossUnits'
export * from './cells'
export * from './csv'
export * from './attribution'
export * from './attributionTables'
export * from './starts'
export * from './startTables'
export * from './sus'
export * from './susTables'
export * from './targets'
export * from './targetTables'
