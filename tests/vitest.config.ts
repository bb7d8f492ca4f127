import { defineConfig } from 'vitest/config'

// Four projects: unit (the pure domain), int (the real CMS on a throw-away PostgreSQL), e2e (the
// whole system in Chromium), system (`npm start` itself). int and e2e each start their own system in
// a globalSetup; system starts `npm start` in each test.
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
          setupFiles: ['support/env.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/globalSetup.ts'],
          setupFiles: ['support/env.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        // `npm start` itself, started and stopped by signal as a service manager does.
        test: {
          name: 'system',
          include: ['system/**/*.test.ts'],
          testTimeout: 360_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
