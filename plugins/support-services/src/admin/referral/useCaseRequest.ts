'use client'
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'

type Method = 'PATCH' | 'POST'

const unreachable =
  'Det gick inte att nå servern. Kontrollera anslutningen och försök igen. Det du skrev finns kvar.'

/** The server's own words when it refuses (the workflow's and the records' Swedish messages). */
async function refusal(response: Response): Promise<string> {
  if (response.status === 401)
    return 'Du är inte inloggad längre. Logga in igen i en ny flik och försök sedan igen.'
  if (response.status === 403) return 'Du har inte behörighet att göra det här med anmälan.'
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] }
    const message = body.errors?.[0]?.message
    if (message) return message
  } catch {
    // Not JSON: fall through to the general message.
  }
  return `Det gick inte att spara (fel ${response.status}). Försök igen.`
}

/**
 * Sends one change of a referral to Payload's REST API with the admin's session cookie. On success the
 * page's server components and form state are read again (`router.refresh()`, as Payload's own
 * "document was changed" dialog does), or the browser goes to `leaveTo`; on refusal `error` holds the
 * server's message and nothing else changes, so what the user typed stays.
 */
export function useCaseRequest() {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const send = useCallback(
    async (
      method: Method,
      path: string,
      body: unknown,
      options: { leaveTo?: string } = {},
    ): Promise<boolean> => {
      setBusy(true)
      setError(null)
      try {
        const response = await fetch(`${serverURL}${api}${path}`, {
          method,
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
        if (!response.ok) {
          setError(await refusal(response))
          return false
        }
        if (options.leaveTo) router.push(options.leaveTo)
        else router.refresh()
        return true
      } catch {
        setError(unreachable)
        return false
      } finally {
        setBusy(false)
      }
    },
    [api, router, serverURL],
  )

  return { busy, error, send, clearError: useCallback(() => setError(null), []) }
}
