import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

let instance: Promise<Payload> | undefined

/** One Local API instance per test file, on the database the CMS server uses. */
export const testPayload = () => {
  instance ??= import('../../cms/src/payload.config').then(({ default: config }) => getPayload({ config }))
  return instance
}

export const cmsUrl = () => inject('system').cmsUrl
export const submitKey = () => inject('system').submitKey

/** Logs in over REST like the admin does and returns the auth header for later requests. */
export const login = async (email: string, password: string) => {
  const response = await fetch(`${cmsUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`Login as ${email} failed: ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}
