import { demoUsers } from '@stodportalen/seed'
import { expect, inject, test } from 'vitest'

import { login } from '../support/cms'

const siteUrl = () => inject('system').siteUrl!
const cmsUrl = () => inject('system').cmsUrl

/** Polls the public page until it shows `text` (the site rebuilds after publishing), within a minute. */
const waitForSiteToShow = async (path: string, text: string) => {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const html = await fetch(new URL(path, siteUrl())).then(
      (r) => (r.ok ? r.text() : ''),
      () => '',
    )
    if (html.includes(text)) return
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${path} did not show "${text}" within a minute of publishing`)
}

test('an editor publishes a change and the public site shows it within a minute, with no manual step', async () => {
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
  await waitForSiteToShow('/stod/sed', 'Nytt: drop-in varje tisdag.')

  await fetch(`${cmsUrl()}/api/services/${sed.id}?locale=sv`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ summary: sed.summary }),
  })
  const deadline = Date.now() + 60_000
  while (
    Date.now() < deadline &&
    (
      await fetch(new URL('/stod/sed', siteUrl())).then(
        (r) => r.text(),
        () => '',
      )
    ).includes('drop-in')
  ) {
    await new Promise((r) => setTimeout(r, 1000))
  }
})
