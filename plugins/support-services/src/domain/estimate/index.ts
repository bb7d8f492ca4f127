export * from './parameters'
export * from './compute'
