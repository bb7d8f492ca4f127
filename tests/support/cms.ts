import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

import { loginAt } from './login'

let instance: Promise<Payload> | undefined

/** One Local API instance per test file, on the database the CMS server uses. */
export const testPayload = () => {
  instance ??= import('../../cms/src/payload.config').then(({ default: config }) =>
    getPayload({ config }),
  )
  return instance
}

export const cmsUrl = () => inject('system').cmsUrl
export const submitKey = () => inject('system').submitKey
export const mailDir = () => inject('system').mailDir
export const smsDir = () => inject('system').smsDir

/** Logs in over REST like the admin does, against the test system's CMS. */
export const login = (email: string, password: string) => loginAt(cmsUrl(), email, password)
