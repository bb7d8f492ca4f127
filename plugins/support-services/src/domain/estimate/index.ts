export * from './parameters'
export * from './compute'
export * from './tables'
