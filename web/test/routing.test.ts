import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../server/web-server'
import { launchChromium } from './helpers/chromium'
import { ensureClientBuilt } from './helpers/client-build'
import { EndUserChat, HitlTab } from './helpers/pages'

const HANDOFF_TEXT = 'I have escalated this conversation to a human agent.'
const JOINED_TEXT = 'A human agent has joined the conversation.'

let web: WebServer
let browser: Browser

beforeAll(async () => {
  await ensureClientBuilt()
  ;[web, browser] = await Promise.all([
    startWebServer({ port: 0, botpress: { integrationConfiguration: { routing: { mode: 'leastBusy' } } } }),
    launchChromium(),
  ])
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await web?.close()
})

describe('presence and auto-assignment, two agents in two pages', () => {
  let jordan: EndUserChat
  let maya: HitlTab
  let liam: HitlTab

  afterAll(async () => {
    await Promise.all([jordan?.close(), maya?.close(), liam?.close()])
  })

  it('Maya goes online from the header, Liam says he is away; each sees the other in the header', async () => {
    ;[maya, liam] = await Promise.all([HitlTab.open(browser, web.url, 'maya'), HitlTab.open(browser, web.url, 'liam')])
    const control = maya.page.getByLabel('Your status')
    expect(await control.inputValue()).toBe('offline')
    await control.selectOption('online')
    await liam.page.locator('[data-testid="team-presence-maya"] [data-presence="online"]').waitFor()
    expect(await liam.page.getByTestId('team-presence-maya').textContent()).toContain('Maya Okafor')
    // Away: not offered sessions, whatever the rule.
    await liam.page.getByLabel('Your status').selectOption('away')
    await maya.page.locator('[data-testid="team-presence-liam"] [data-presence="away"]').waitFor()
  })

  it("a new session is offered to Maya by the desk's loop, the timeline says by which rule, and Liam sees it hers", async () => {
    jordan = await EndUserChat.open(browser, web.url, 'Jordan Lee')
    await jordan.send('I want to talk to a human please')
    await jordan.waitForMessage(HANDOFF_TEXT, 'bot')
    // Not from startHitl: the desk's change loop offers the session a couple of seconds after the handoff started.
    await jordan.waitForMessage(JOINED_TEXT, 'bot')
    const said = await jordan.messages({ author: 'bot' }).allTextContents()
    expect(said.findIndex((t) => t.includes(HANDOFF_TEXT))).toBeLessThan(said.findIndex((t) => t.includes(JOINED_TEXT)))
    expect(await jordan.page.getByTestId('chat-agent-name').textContent()).toBe('Maya Okafor')

    await maya.card('Jordan Lee').and(maya.page.locator('[data-status="assigned"]')).waitFor()
    await maya.openSession('Jordan Lee')
    const entry = maya.page.getByTestId('timeline-event').filter({ hasText: 'Auto-assigned' })
    expect(await entry.textContent()).toMatch(
      /Auto-assignment assigned the session to you · Auto-assigned \(least busy\)/
    )

    const card = liam.card('Jordan Lee').and(liam.page.locator('[data-status="assigned"]'))
    await card.waitFor()
    expect(await card.getByTestId('session-assignee').textContent()).toContain('Maya Okafor')
    // Maya's transfer picker says who is there to take it.
    await maya.page.getByTestId('assign-menu').click()
    expect(await maya.page.getByTestId('assign-to-liam').getByTestId('presence-label').textContent()).toBe('Away')
    await maya.page.getByTestId('assign-menu').click()
    await liam.openSession('Jordan Lee')
  })

  it("Maya goes offline: her session is flagged in Liam's queue and session view", async () => {
    expect(await liam.page.getByTestId('assignee-offline').count()).toBe(0)
    await maya.page.getByLabel('Your status').selectOption('offline')
    const flag = liam.card('Jordan Lee').getByTestId('assignee-offline')
    await flag.waitFor()
    expect(await flag.textContent()).toBe('Maya Okafor is offline')
    expect(await liam.view.getByTestId('assignee-offline').textContent()).toBe('Maya Okafor is offline')
    await maya.view.getByTestId('assignee-offline').filter({ hasText: 'You are offline' }).waitFor()
  })
})
