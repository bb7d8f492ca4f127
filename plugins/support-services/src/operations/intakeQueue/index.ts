// The intake queue: its filters and badges, its SQL and the indexes that SQL relies on, the user's scope and its units, and the operation.
export * from './filters'
export * from './badges'
export { flagSql, openRankSql, queuePageSql, queueSummarySql } from './sql'
export { intakeQueueIndexes } from './indexes'
export * from './scope'
export * from './units'
export * from './queue'
