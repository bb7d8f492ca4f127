import type { Plugin } from 'payload'

import { checkQuery } from './checkQuery'
import { answerCallersErrors } from './clientErrors'

export { publicQueryLimits } from './checkQuery'
export { refusingMalformedRequests } from './clientErrors'

/**
 * No 5xx for what a caller sends: every collection checks its query parameters before Payload runs
 * them (checkQuery), and what PostgreSQL still refuses because of a caller's value answers 400
 * (answerCallersErrors). Listed last among the plugins, so that it sees their collections too.
 */
export const queryGuard = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [checkQuery, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
  hooks: {
    ...config.hooks,
    afterError: [...(config.hooks?.afterError ?? []), answerCallersErrors],
  },
})
