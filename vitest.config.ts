import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'standin/test/**/*.test.ts', 'demo-bot/test/**/*.test.ts', 'web/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['web/test/helpers/global-setup.ts'],
  },
})
