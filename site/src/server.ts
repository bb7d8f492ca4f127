/**
 * The site's server entry: the Node adapter's standalone server, started as Astro starts it, plus the
 * outbox's delivery loop in the same process (see astro.config.mjs, lib/outboxDelivery.ts).
 */
import { startOutboxDelivery } from './lib/outboxDelivery'

export * from '@astrojs/node/server.js'

startOutboxDelivery()
