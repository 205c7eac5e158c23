import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startWebServer, type WebServer, type WebServerOptions } from '../../server/web-server'
import { launchChromium } from './chromium'
import { ensureClientBuilt } from './client-build'

/**
 * The offline world (desk, demo bot, stand-in) and Chromium for one test file: started before its tests on a
 * free port, closed after them. Read `world.web` and `world.browser` inside the tests, once they have started.
 */
export const browserWorld = (options: WebServerOptions = {}) => {
  const world = {} as { web: WebServer; browser: Browser }
  beforeAll(async () => {
    await ensureClientBuilt()
    ;[world.web, world.browser] = await Promise.all([startWebServer({ port: 0, ...options }), launchChromium()])
  }, 120_000)
  afterAll(async () => {
    await world.browser?.close()
    await world.web?.close()
  })
  return world
}
