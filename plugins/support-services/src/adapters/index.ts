// Payload-free conversions between the stored shape of documents and the domain's data, shared by
// the plugin and the site (which reads the same documents over REST).
export { rulesFromStored, storedFromRules, type StoredEligibility } from './eligibilityRules'
export { formFromStored, storedFromForm, type StoredForm } from './formDefinition'
export { type StoredField, swedishGaps } from './localized'
