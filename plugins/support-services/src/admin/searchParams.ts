import type { AdminViewServerProps } from 'payload'

/** Next gives a view's query as an object; the plugin's parsers read it as the browser sent it. */
export const toSearchParams = (searchParams: AdminViewServerProps['searchParams']) => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(searchParams ?? {})) {
    for (const one of Array.isArray(value) ? value : [value])
      if (typeof one === 'string') params.append(name, one)
  }
  return params
}
