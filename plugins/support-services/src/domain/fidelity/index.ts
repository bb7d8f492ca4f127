export * from './items'
export * from './scoring'
export * from './suggestions'
