/**
 * The domain core of Stödportalen: pure TypeScript + zod, no Payload, Astro or Node-only imports,
 * so the site (in the browser), the CMS and the tests share one set of rules.
 */
export * from './locales'
export * from './vocabulary'
export * from './dates'
export * from './errors'
export * from './messages'
export * from './eligibility'
export * from './suitability'
export * from './referral'
export * from './forms'
export * from './formSchema'
export * from './answers'
export * from './formData'
export * from './formText'
export * from './requests'
export * from './workflow'
export * from './caseRecords'
export * from './staffTexts'
export * from './reference'
export * from './queue'
export * from './report'
