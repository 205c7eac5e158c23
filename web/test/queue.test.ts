import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousViolations } from './helpers/axe'
import { browserWorld } from './helpers/browser-world'
import { EndUserChat, HitlTab } from './helpers/pages'

let maya: HitlTab

// Low priority sessions must get a first answer within 3 seconds: short enough to watch one breach.
const integrationConfiguration = { sla: { low: { firstResponseMinutes: 0.05 }, warningPercent: 50 } }

const world = browserWorld({ botpress: { integrationConfiguration } })

beforeAll(async () => {
  maya = await HitlTab.open(world.browser, world.web.url, 'maya')
}, 120_000)

afterAll(async () => {
  await maya?.close()
})

/** A handoff as the HITL plugin makes one, for an end user of the given name and priority. */
const handoff = async (name: string, priority: 'low' | 'urgent', title: string) => {
  const call = async (action: string, input: Record<string, unknown>) =>
    (await world.web.botpress.desk.callAction({ type: `${world.web.botpress.alias}:${action}`, input })).output
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
    await maya.openSession('Lena Low')
    await maya.page.getByTestId('detail-sla-first-response').filter({ hasText: 'missed (0.05 min target)' }).waitFor()
  })
})

describe('the queue tells what changed', () => {
  let jordan: EndUserChat
  afterAll(async () => jordan?.close())

  it('unread messages count up as the end user writes, with the last one shown, and clear when the agent opens the session', async () => {
    jordan = await EndUserChat.open(world.browser, world.web.url, 'Jordan Reed')
    await jordan.send('I want to talk to a human please')
    await jordan.waitForHeaderStatus('pending')
    const card = maya.card('Jordan Reed')
    await card.waitFor()
    expect(await card.getByTestId('unread-count').count()).toBe(0)

    await jordan.send('My parcel to the Lisbon office is late')
    await card
      .getByTestId('unread-count')
      .filter({ hasText: /^1 unread$/ })
      .waitFor()
    await jordan.send('Tracking number ZX-4410')
    await card
      .getByTestId('unread-count')
      .filter({ hasText: /^2 unread$/ })
      .waitFor()
    expect(await card.getByTestId('last-message').textContent()).toContain('Tracking number ZX-4410')

    await maya.openSession('Jordan Reed')
    await card.getByTestId('unread-count').waitFor({ state: 'detached' })
    // Read in Botpress, not in this tab: a fresh tab of the same agent shows it read, another agent does not.
    const liam = await HitlTab.open(world.browser, world.web.url, 'liam')
    await liam
      .card('Jordan Reed')
      .getByTestId('unread-count')
      .filter({ hasText: /^2 unread$/ })
      .waitFor()
    await liam.close()
  })

  it('search finds the session by the words of a message', async () => {
    await maya.page.getByTestId('search-input').fill('lisbon')
    await maya.page.getByTestId('search-submit').click()
    const result = maya.page.getByTestId('search-result').filter({ hasText: 'Jordan Reed' })
    await result.waitFor()
    expect(await result.textContent()).toContain('Lisbon office')
    expect(await maya.page.getByTestId('search-result').count()).toBe(1)
    // Service-level badges, unread counts, last messages and the results: no serious accessibility violation.
    expect(await seriousViolations(maya.page)).toEqual([])
    await maya.page.getByTestId('search-clear').click()
  })

  it('opt-in alerts: a new session and an end-user answer alert the agent; the choice is remembered', async () => {
    await maya.context.grantPermissions(['notifications'])
    await maya.page.getByTestId('alerts-toggle').check()
    const alert = maya.page.getByTestId('queue-alert')
    await handoff('Ada Alerted', 'urgent', 'Login trouble')
    await alert.filter({ hasText: 'New session: Ada Alerted: Login trouble' }).waitFor()

    await maya.openSession('Jordan Reed')
    await maya.assignToMe()
    await maya.waitForStatus('assigned')
    await maya.reply('Looking into it now')
    await jordan.send('Thank you!')
    await alert.filter({ hasText: 'Jordan Reed answered: Thank you!' }).waitFor()

    await maya.page.reload()
    await maya.page.locator('[data-testid="live-badge"].on').waitFor()
    expect(await maya.page.getByTestId('alerts-toggle').isChecked()).toBe(true)
  })
})
