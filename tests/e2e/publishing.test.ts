import { demoUsers } from '@stodportalen/seed'
import { expect, inject, test } from 'vitest'

import { login } from '../support/cms'

const siteUrl = () => inject('system').siteUrl!
const cmsUrl = () => inject('system').cmsUrl

/** Every answer the site gave while it rebuilt, and the requests it did not answer well. */
const answers = { ok: 0, failed: [] as string[] }

/** The public page's HTML, polled often enough to see a gap in service while the site swaps builds. */
const read = (path: string) =>
  fetch(new URL(path, siteUrl())).then(
    async (response) => {
      if (response.ok) answers.ok++
      else answers.failed.push(`${path}: ${response.status}`)
      return response.ok ? response.text() : ''
    },
    (error: Error) => {
      answers.failed.push(`${path}: ${String(error.cause ?? error.message)}`)
      return ''
    },
  )

/** Polls the public page until `check` holds for its HTML (the site rebuilds after publishing). */
const waitForSite = async (path: string, check: (html: string) => boolean, what: string) => {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (check(await read(path))) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${path} did not ${what} within a minute of publishing`)
}

test('an editor publishes a change and the public site shows it within a minute, with no manual step and no moment of refused requests', async () => {
  const editor = demoUsers.find((u) => u.role === 'editor')!
  const auth = {
    ...(await login(editor.email, editor.password)),
    'content-type': 'application/json',
  }
  const { docs } = (await (
    await fetch(`${cmsUrl()}/api/services?where[slug][equals]=sed&locale=sv&depth=0`)
  ).json()) as {
    docs: { id: number; summary: string }[]
  }
  const [sed] = docs
  const changed = `${sed.summary} Nytt: drop-in varje tisdag.`

  const update = await fetch(`${cmsUrl()}/api/services/${sed.id}?locale=sv`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ summary: changed }),
  })
  expect(update.status).toBe(200)
  await waitForSite('/stod/sed', (html) => html.includes('Nytt: drop-in'), 'show the change')

  await fetch(`${cmsUrl()}/api/services/${sed.id}?locale=sv`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ summary: sed.summary }),
  })
  await waitForSite(
    '/stod/sed',
    (html) => html !== '' && !html.includes('Nytt: drop-in'),
    'go back',
  )
  // Two rebuilds, each swapped in while the old build still answered.
  expect(answers.failed).toEqual([])
  expect(answers.ok).toBeGreaterThan(2)
})
