import { defineConfig } from 'vitest/config'

// Three projects: unit (pure domain), int (real PostgreSQL, started by globalSetup), e2e (Chromium).
export default defineConfig({
  test: {
    root: import.meta.dirname,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['unit/**/*.test.ts'] },
      },
    ],
  },
})
