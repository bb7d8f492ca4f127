import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { contentPolicyDirectives } from './securityHeaders.mjs'

// Content pages are prerendered from the CMS at build time and ship no JavaScript; only the
// self-referral and "is this for me?" routes render on demand (`export const prerender = false`).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  // The local rebuilder builds into a fresh folder and swaps it in (scripts/system/site.ts).
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  adapter: node({ mode: 'standalone' }),
  integrations: [react()],
  i18n: {
    locales: ['sv', 'lattlast', 'en', 'ar'],
    defaultLocale: 'sv',
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // A content policy with hashes of the scripts and styles Astro puts in each page: no 'unsafe-inline'.
  security: { checkOrigin: true, csp: { directives: contentPolicyDirectives } },
  vite: { ssr: { noExternal: ['@stodportalen/support-services'] } },
})
