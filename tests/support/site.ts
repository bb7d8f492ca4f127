import { inject } from 'vitest'

/** Polls the public site until `path` answers `status` (the site rebuilds after each change in the CMS). */
export const waitForStatus = async (path: string, status: number) => {
  const deadline = Date.now() + 180_000
  let last = 0
  while (Date.now() < deadline) {
    last = await fetch(new URL(path, inject('system').siteUrl!)).then(
      (r) => r.status,
      () => 0,
    )
    if (last === status) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${path} still answered ${last}, not ${status}, three minutes after the change`)
}
