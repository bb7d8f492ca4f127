import node from '@astrojs/node'
import preact from '@astrojs/preact'
import { defaultLocale, locales } from '@stodportalen/support-services/domain'
import { defineConfig } from 'astro/config'
import { fileURLToPath } from 'node:url'

import { precompress } from './precompress.mjs'
import { contentPolicyDirectives } from './securityHeaders.mjs'
import { siteSitemap } from './src/integrations/sitemap'
import { socialCards } from './src/integrations/socialCards'

/**
 * The Node adapter with a server entry of our own (src/server.ts): the same standalone server, and
 * the outbox's delivery loop running beside it from the moment the process starts.
 */
const nodeWithOutboxDelivery = (options) => {
  const integration = node(options)
  const configDone = integration.hooks['astro:config:done']
  const serverEntrypoint = new URL('./src/server.ts', import.meta.url)
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:done': (params) =>
        configDone({
          ...params,
          setAdapter: (adapter) => params.setAdapter({ ...adapter, serverEntrypoint }),
        }),
    },
  }
}

// Content pages are prerendered from the CMS at build time and ship no JavaScript; only the
// self-referral, "is this for me?" and campaign-link routes (a service page reached by a campaign
// link included) render on demand (`export const prerender = false`).
export default defineConfig({
  // The public address: canonical links, language links, the sitemap and share cards are made with it.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  // The local rebuilder builds into a fresh folder and swaps it in (scripts/system/site.ts).
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  adapter: nodeWithOutboxDelivery({ mode: 'standalone' }),
  // Last, so that it compresses what the others wrote (served by server.mjs).
  integrations: [
    // The form's island is written against React's API and runs on Preact, a tenth of its size.
    preact({ compat: true }),
    {
      name: 'stepwise-hydration',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) =>
          addClientDirective({
            name: 'stepwise',
            entrypoint: fileURLToPath(new URL('./src/directives/stepwise.ts', import.meta.url)),
          }),
      },
    },
    socialCards(),
    // The check and the forms' first pages are entry points too, listed where the pages link to them.
    siteSitemap({
      defaultLocale,
      entryPoints: /(^|\/)(passar-det-mig|hitta-stod|anmalan)$/,
      // Drafts are for staff with a signed link: never listed, and `noindex` besides.
      excluded: /^\/forhandsgranska\/?$/,
    }),
    precompress(),
  ],
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // A content policy with hashes of the scripts and styles Astro puts in each page: no 'unsafe-inline'.
  // Cross-site form posts are refused in src/middleware.ts (Astro's rule, plus the status page's own forms).
  security: { checkOrigin: false, csp: { directives: contentPolicyDirectives } },
  vite: { ssr: { noExternal: ['@stodportalen/support-services'] } },
})
