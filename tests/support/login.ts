/** Logs in over REST like the admin does and returns the auth header for later requests. */
export const loginAt = async (baseUrl: string, email: string, password: string) => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok)
    throw new Error(`Login as ${email} failed: ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}
