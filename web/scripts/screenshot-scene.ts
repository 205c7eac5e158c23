/**
 * Runs one screenshot scene in a fresh offline world: the built client, the desk and offline Botpress on a
 * free loopback port, and Chromium. Both are closed whatever the scene does, and the process exits with
 * the scene's outcome. The scene saves its pictures in `docs` and returns their file names.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../test/helpers/chromium'
import { ensureClientBuilt } from '../test/helpers/client-build'
import { startWebServer, type WebServer, type WebServerOptions } from '../server/web-server'

export const docs = join(__dirname, '..', '..', 'docs')

export type Scene = (world: { web: WebServer; browser: Browser }) => Promise<string[]>

export function runScene(botpress: WebServerOptions['botpress'], scene: Scene): void {
  const run = async () => {
    await ensureClientBuilt()
    mkdirSync(docs, { recursive: true })
    const [web, browser] = await Promise.all([startWebServer({ port: 0, botpress }), launchChromium()])
    try {
      const saved = await scene({ web, browser })
      console.log(`screenshots saved in ${docs}: ${saved.join(', ')}`)
    } finally {
      await browser.close()
      await web.close()
    }
  }
  run().then(
    () => process.exit(0),
    (err) => {
      console.error(err)
      process.exit(1)
    }
  )
}
