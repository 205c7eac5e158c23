import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'standin/test/**/*.test.ts', 'demo-bot/test/**/*.test.ts', 'web/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Console output is shown for failing tests only: expected refusals and server start-up lines stay quiet.
    silent: 'passed-only',
    globalSetup: ['web/test/helpers/global-setup.ts'],
    setupFiles: ['test/support/desk-contract.setup.ts'],
  },
})
