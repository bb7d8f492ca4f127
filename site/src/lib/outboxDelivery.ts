import { cmsUrl } from '../cms/client'
import {
  claim,
  dropAbandonedWrites,
  type OutboxConfig,
  outboxFromEnv,
  referenceOf,
  returnStaleClaims,
  waitingItems,
} from './outbox'
import { submitTimeoutMs } from './submitReferral'

/**
 * The delivery loop in the site's server process: sends what the outbox holds to the CMS's
 * `POST /api/referrals/deliver` until it is stored. Every process that shares the folder runs one; an
 * item is delivered by whichever claims it first, and delivering twice is harmless (the CMS answers a
 * known idempotency key with the referral it already has).
 */
const pollMs = 1_000
/** Deliveries in flight per process: enough to drain a backlog fast, few enough to leave the CMS room. */
const parallel = 4
const firstRetryMs = 1_000
const maxRetryMs = 60_000
/** Well past one delivery's timeout: a claim this old belongs to a process that is gone. */
const staleClaimMs = 6 * submitTimeoutMs
const abandonedWriteMs = 60 * 60 * 1000
/** After this many items in a row fail with a server error, the CMS is down for all of them. */
const failuresBeforePause = 3

type Delivery = 'delivered' | 'refused' | 'unreachable' | 'failed'

/** Refused for good: the letter can never be stored, however often it is sent. */
const refusedStatuses = new Set([400, 413, 415])

async function deliver(box: Buffer, key: string): Promise<{ delivery: Delivery; status?: number }> {
  try {
    const response = await fetch(`${cmsUrl()}/api/referrals/deliver`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        accept: 'application/json',
        'x-submit-key': key,
      },
      body: new Uint8Array(box),
      signal: AbortSignal.timeout(submitTimeoutMs),
    })
    await response.arrayBuffer().catch(() => null)
    if (response.status === 200 || response.status === 201) return { delivery: 'delivered' }
    return {
      delivery: refusedStatuses.has(response.status) ? 'refused' : 'failed',
      status: response.status,
    }
  } catch {
    return { delivery: 'unreachable' }
  }
}

/** 1 s, 2 s, 4 s … up to a minute, with jitter so processes and items spread out. */
const backoff = (attempts: number) =>
  Math.min(maxRetryMs, firstRetryMs * 2 ** attempts) * (0.75 + Math.random() / 2)

export interface OutboxDelivery {
  /** One pass over what is due now (the loop runs these; tests may call it directly). */
  deliverDue: () => Promise<{ delivered: number; refused: number; failed: number }>
  stop: () => void
}

export function outboxDelivery(config: OutboxConfig, key: string): OutboxDelivery {
  const retries = new Map<string, { attempts: number; dueAt: number }>()

  const tryItem = async (name: string) => {
    const taken = await claim(config.dir, name)
    if (!taken) return 'gone'
    const { delivery, status } = await deliver(await taken.read(), key)
    if (delivery === 'delivered') {
      await taken.done()
      retries.delete(name)
    } else if (delivery === 'refused') {
      await taken.bury()
      retries.delete(name)
      console.error(
        `Outbox: the CMS refused referral ${referenceOf(name)} (${status}); it is kept in ${config.dir}/dead. See README "Nothing lost".`,
      )
    } else {
      await taken.release()
      const attempts = (retries.get(name)?.attempts ?? 0) + 1
      retries.set(name, { attempts, dueAt: Date.now() + backoff(attempts - 1) })
    }
    return delivery
  }

  const deliverDue = async () => {
    const counts = { delivered: 0, refused: 0, failed: 0 }
    await returnStaleClaims(config.dir, staleClaimMs)
    const due = (await waitingItems(config.dir)).filter(
      (name) => (retries.get(name)?.dueAt ?? 0) <= Date.now(),
    )
    let failuresInARow = 0
    let pause = false
    const worker = async () => {
      for (let name = due.shift(); name !== undefined && !pause; name = due.shift()) {
        const result = await tryItem(name)
        if (result === 'delivered') {
          counts.delivered++
          // The CMS answers again: whatever waited for a retry may go now.
          retries.clear()
        }
        if (result === 'refused') counts.refused++
        if (result !== 'unreachable' && result !== 'failed') {
          failuresInARow = 0
          continue
        }
        counts.failed++
        // Nobody answers, or the CMS fails item after item: the others wait for their own retry time.
        if (result === 'unreachable' || ++failuresInARow >= failuresBeforePause) pause = true
      }
    }
    await Promise.all(Array.from({ length: parallel }, worker))
    return counts
  }

  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const loop = async () => {
    try {
      const { delivered } = await deliverDue()
      if (delivered > 0) console.log(`Outbox: ${delivered} referral(s) delivered to the CMS.`)
      await dropAbandonedWrites(config.dir, abandonedWriteMs)
    } catch (error) {
      console.error(
        `Outbox: delivery pass failed: ${(error as NodeJS.ErrnoException).code ?? (error as Error).name}`,
      )
    }
    if (!stopped) timer = setTimeout(loop, pollMs).unref()
  }
  timer = setTimeout(loop, 0).unref()

  return {
    deliverDue,
    stop: () => {
      stopped = true
      clearTimeout(timer)
    },
  }
}

/** Starts the loop when the outbox is configured (OUTBOX_DIR, OUTBOX_PUBLIC_KEY and SUBMIT_API_KEY). */
export function startOutboxDelivery(env = process.env): OutboxDelivery | null {
  const config = outboxFromEnv(env)
  if (!config || !env.SUBMIT_API_KEY) {
    console.warn(
      'Outbox: not configured (OUTBOX_DIR, OUTBOX_PUBLIC_KEY, SUBMIT_API_KEY); when the CMS is down, residents are asked to try again.',
    )
    return null
  }
  return outboxDelivery(config, env.SUBMIT_API_KEY)
}
