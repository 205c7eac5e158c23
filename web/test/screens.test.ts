import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../server/web-server'
import { launchChromium } from './helpers/chromium'
import { ensureClientBuilt } from './helpers/client-build'
import { EndUserChat, HitlTab, phone } from './helpers/pages'

let web: WebServer
let browser: Browser

beforeAll(async () => {
  await ensureClientBuilt()
  ;[web, browser] = await Promise.all([startWebServer({ port: 0 }), launchChromium()])
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await web?.close()
})

/** An end user who asked for a person: a pending session in every agent's queue. */
const escalate = async (name: string) => {
  const chat = await EndUserChat.open(browser, web.url, name)
  await chat.send('I want to talk to a human please')
  await chat.waitForMessage('escalated this conversation to a human agent', 'bot')
  return chat
}

/** Every filter tab whose label or count does not fit in it (what a person would see cut off). */
const clippedTabs = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.queue-tab')]
      .filter((tab) => {
        const row = tab.parentElement!.getBoundingClientRect()
        const box = tab.getBoundingClientRect()
        const count = tab.querySelector('.count')!.getBoundingClientRect()
        const inside = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left && inner.right <= outer.right
        return tab.scrollWidth > tab.clientWidth || !inside(count, box) || !inside(box, row)
      })
      .map((tab) => tab.textContent)
  )

describe('the queue’s filter tabs', () => {
  it.each([
    ['desktop', undefined],
    ['390 px', phone],
  ] as const)('show two-digit and "100+" counts whole (%s)', async (_, viewport) => {
    const maya = await HitlTab.open(browser, web.url, 'maya', viewport)
    try {
      // A busy bot: the queue's answer as the desk would give it with many sessions.
      await maya.page.route('**/api/desk/sessions?*', async (route) => {
        const response = await route.fetch()
        const list = (await response.json()) as { counts: Record<string, unknown> }
        list.counts = { pending: 48, assigned: 57, closed: 100, closedMore: true }
        await route.fulfill({ response, json: list })
      })
      await maya.filter('closed')
      await maya.page.getByTestId('count-closed').filter({ hasText: '100+' }).waitFor()
      expect(await maya.page.getByTestId('count-open').textContent()).toBe('105')
      expect(await clippedTabs(maya.page)).toEqual([])
    } finally {
      await maya.close()
    }
  })
})
