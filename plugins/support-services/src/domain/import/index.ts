/** The caseload import: the template's columns, cell reading, and the check of each row. */
export * from './columns'
export * from './cells'
export * from './row'
export * from './file'
export * from './example'
