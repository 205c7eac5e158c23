import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../server/web-server'
import { launchChromium } from './helpers/chromium'
import { ensureClientBuilt } from './helpers/client-build'
import { HitlTab } from './helpers/pages'

let web: WebServer
let browser: Browser
let maya: HitlTab

// Low priority sessions must get a first answer within 3 seconds: short enough to watch one breach.
const integrationConfiguration = { sla: { low: { firstResponseMinutes: 0.05 }, warningPercent: 50 } }

beforeAll(async () => {
  await ensureClientBuilt()
  ;[web, browser] = await Promise.all([
    startWebServer({ port: 0, botpress: { integrationConfiguration } }),
    launchChromium(),
  ])
  maya = await HitlTab.open(browser, web.url, 'maya')
}, 120_000)

afterAll(async () => {
  await maya?.close()
  await browser?.close()
  await web?.close()
})

/** A handoff as the HITL plugin makes one, for an end user of the given name and priority. */
const handoff = async (name: string, priority: 'low' | 'urgent', title: string) => {
  const call = async (action: string, input: Record<string, unknown>) =>
    (await web.botpress.desk.callAction({ type: `${web.botpress.alias}:${action}`, input })).output
  const { userId } = await call('createUser', { name, email: `${name.split(' ')[0]!.toLowerCase()}@shop.test` })
  return (await call('startHitl', { userId, title, hitlSession: { priority }, messageHistory: [] })) as {
    conversationId: string
  }
}

const cardOrder = (tab: HitlTab) =>
  tab.page.getByTestId('session-card').evaluateAll((cards) => cards.map((c) => c.textContent ?? ''))

describe('the queue tells what needs attention first', () => {
  it('a session breaching its first-response target is highlighted with the time overdue and listed first', async () => {
    await handoff('Lena Low', 'low', 'Question about sizes')
    await handoff('Umar Urgent', 'urgent', 'Card charged twice')
    await maya.card('Umar Urgent').waitFor()
    const lena = maya.card('Lena Low')
    await lena
      .getByTestId('sla-badge')
      .filter({ hasText: /Reply (in|due in)/ })
      .waitFor()

    // Breached, the low priority session goes before the urgent one, which has no target.
    await lena.locator('[data-testid="sla-badge"][data-sla-state="breached"]').waitFor()
    await maya.page.waitForFunction(() =>
      document.querySelector('[data-testid="session-card"]')?.textContent?.includes('Lena Low')
    )
    const order = await cardOrder(maya)
    expect(order.findIndex((t) => t.includes('Lena Low'))).toBeLessThan(order.findIndex((t) => t.includes('Umar')))
    expect(await lena.getByTestId('sla-badge').textContent()).toMatch(/Reply overdue \d+s/)
    expect(await maya.card('Umar Urgent').getByTestId('sla-badge').count()).toBe(0)
  })
})
