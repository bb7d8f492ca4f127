import { defineConfig } from 'vitest/config'

// Three projects: unit (pure domain), int (the real system on a throw-away PostgreSQL), e2e (Chromium).
export default defineConfig({
  test: {
    root: import.meta.dirname,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['int/**/*.test.ts'],
          globalSetup: ['int/globalSetup.ts'],
          setupFiles: ['int/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
