/**
 * What the submit path reads about a service changes rarely, and reading it (localised fields, many
 * joined tables) cost more than storing the referral. Each process keeps such reads briefly: a change
 * made in this process clears them at once (`forgetBriefReads`, called by the content-change hook);
 * other processes see it within `maxAgeMs`. A failed read is not remembered.
 */
const maxAgeMs = 30_000
const caches = new Set<Map<string, { until: number; value: Promise<unknown> }>>()

export const forgetBriefReads = () => caches.forEach((cache) => cache.clear())

export function briefCache<T>() {
  const cache = new Map<string, { until: number; value: Promise<T> }>()
  caches.add(cache as Map<string, { until: number; value: Promise<unknown> }>)
  return (key: string, load: () => Promise<T>, now = Date.now()): Promise<T> => {
    const hit = cache.get(key)
    if (hit && hit.until > now) return hit.value
    const value = load()
    cache.set(key, { until: now + maxAgeMs, value })
    value.catch(() => cache.delete(key))
    return value
  }
}
