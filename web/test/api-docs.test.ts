import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiDocsRoutes } from '../server/api-docs-routes'
import { launchChromium } from './helpers/chromium'

const app = apiDocsRoutes()
let server: ServerType
let browser: Browser
let origin: string

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve())
  })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  server?.close()
})

describe('the desk serves the API contract and its reference', () => {
  it('serves docs/openapi.yaml as it is committed', async () => {
    const response = await app.request('/api-docs/openapi.yaml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/yaml/)
    expect(await response.text()).toBe(readFileSync(join(__dirname, '..', '..', 'docs', 'openapi.yaml'), 'utf8'))
  })

  it('renders the reference in a browser: the title, the callAction operation and the webhook', async () => {
    const page = await browser.newPage()
    await page.goto(`${origin}/api-docs`)
    await page.getByText('HITL integration: desk actions and session webhooks').first().waitFor()
    await page.getByText('/v1/chat/actions').first().waitFor()
    await expect(page.getByText('sessionChange').count()).resolves.toBeGreaterThan(0)
    await page.close()
  })
})
