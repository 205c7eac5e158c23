import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserWorld } from './helpers/browser-world'
import { EndUserChat, HitlTab, phone } from './helpers/pages'

const world = browserWorld()

/** An end user who asked for a person: a pending session in every agent's queue. */
const escalate = async (name: string) => {
  const chat = await EndUserChat.open(world.browser, world.web.url, name)
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
    const maya = await HitlTab.open(world.browser, world.web.url, 'maya', viewport)
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

/** How far the page scrolls sideways (0 when everything fits the window's width). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

describe('at 390 px, the queue and a session are two views', () => {
  it('tapping a session opens it full width; the back control returns to the queue', async () => {
    const noor = await escalate('Noor Phone')
    const maya = await HitlTab.open(world.browser, world.web.url, 'maya', phone)
    try {
      await maya.card('Noor Phone').waitFor()
      expect(await maya.view.count()).toBe(0)
      expect(await sidewaysOverflow(maya.page)).toBe(0)

      await maya.openSession('Noor Phone')
      expect(await maya.page.getByRole('complementary', { name: 'HITL sessions' }).isVisible()).toBe(false)
      expect(await maya.page.getByTestId('composer-text').isVisible()).toBe(true)
      expect(await sidewaysOverflow(maya.page)).toBe(0)
      await maya.reply('Hi Noor, Maya here, on my phone.')
      await noor.waitForMessage('on my phone', 'agent')

      await maya.page.getByRole('button', { name: 'Back to the queue' }).click()
      await maya.card('Noor Phone').waitFor()
      await maya.view.waitFor({ state: 'detached' })
      expect(new URL(maya.page.url()).pathname).toBe('/hitl')
      // The focus is back on the session just left, so the keyboard continues from there.
      await maya.page.waitForFunction(() => document.activeElement?.textContent?.includes('Noor Phone') === true)
    } finally {
      await Promise.all([noor.close(), maya.close()])
    }
  })
})

describe('the keyboard', () => {
  it('J/K move through the queue, A assigns, R asks to resume; not while typing; Escape gives the focus back', async () => {
    const [ola, pat] = await Promise.all([escalate('Ola Keys'), escalate('Pat Keys')])
    const maya = await HitlTab.open(world.browser, world.web.url, 'maya')
    const page = maya.page
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))
    try {
      await maya.card('Ola Keys').waitFor()
      await maya.card('Pat Keys').waitFor()
      const order = await page
        .getByTestId('session-card')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-session-id')))
      await page.keyboard.press('j')
      await page.locator(`[data-testid="session-view"][data-session-id="${order[0]}"]`).waitFor()
      // At desktop width the queue stays beside the session: no back control.
      expect(await page.getByRole('complementary', { name: 'HITL sessions' }).isVisible()).toBe(true)
      expect(await page.getByRole('button', { name: 'Back to the queue' }).isVisible()).toBe(false)
      await page.keyboard.press('j')
      await page.locator(`[data-testid="session-view"][data-session-id="${order[1]}"]`).waitFor()
      await page.keyboard.press('k')
      await page.locator(`[data-testid="session-view"][data-session-id="${order[0]}"]`).waitFor()

      // Typing "a" and "r" in the composer writes them; it neither assigns nor opens the dialog.
      await page.getByTestId('composer-text').pressSequentially('ar')
      expect(await page.getByTestId('composer-text').inputValue()).toBe('ar')
      expect(await page.getByTestId('close-dialog').count()).toBe(0)
      expect(await maya.view.getAttribute('data-status')).toBe('pending')

      await page.getByTestId('thread').focus()
      await page.keyboard.press('a')
      await maya.waitForStatus('assigned')

      await page.keyboard.press('r')
      await page.getByTestId('close-dialog').waitFor()
      expect(await focused()).toBe('close-reason')
      await page.keyboard.press('Escape')
      await page.getByTestId('close-dialog').waitFor({ state: 'detached' })
      expect(await focused()).toBe('resume-chatbot')

      await page.getByTestId('assign-menu').click()
      await page.getByTestId('assign-reason').waitFor()
      await page.keyboard.press('Escape')
      await page.getByTestId('assign-reason').waitFor({ state: 'detached' })
      expect(await focused()).toBe('assign-menu')

      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
      const help = page.getByTestId('shortcut-list')
      expect(await help.textContent()).toContain('Assign to me')
      await page.keyboard.press('Escape')
      await help.waitFor({ state: 'detached' })
      expect(await focused()).toBe('shortcut-help')
    } finally {
      await Promise.all([ola.close(), pat.close(), maya.close()])
    }
  })

  it('every control reached with Tab shows a focus ring', async () => {
    const quinn = await escalate('Quinn Tab')
    const maya = await HitlTab.open(world.browser, world.web.url, 'maya')
    try {
      await maya.openSession('Quinn Tab')
      const seen = new Set<string>()
      const unringed: string[] = []
      for (let i = 0; i < 40; i++) {
        await maya.page.keyboard.press('Tab')
        const focus = await maya.page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null
          if (!el || el === document.body) return undefined
          const style = getComputedStyle(el)
          const name = `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`
          return { name, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 }
        })
        if (!focus) continue
        seen.add(focus.name)
        if (!focus.ring) unringed.push(focus.name)
      }
      expect(seen.size).toBeGreaterThan(10)
      expect(unringed).toEqual([])
    } finally {
      await Promise.all([quinn.close(), maya.close()])
    }
  })
})

describe('the composer near its limit', () => {
  it('counts characters near 4,000, and refuses a 4,801-character reply or note clearly before sending', async () => {
    const rae = await escalate('Rae Long')
    const maya = await HitlTab.open(world.browser, world.web.url, 'maya')
    const page = maya.page
    const text = page.getByTestId('composer-text')
    const counter = page.getByTestId('composer-counter')
    try {
      await maya.openSession('Rae Long')
      await text.fill('a'.repeat(2_000))
      expect(await counter.count()).toBe(0)
      await text.fill('a'.repeat(3_900))
      await counter.filter({ hasText: '3,900 / 4,000' }).waitFor()

      for (const mode of ['mode-reply', 'mode-note'] as const) {
        await page.getByTestId(mode).click()
        await text.fill('a'.repeat(4_801))
        await counter.filter({ hasText: '4,801 / 4,000' }).waitFor()
        expect(await page.getByTestId('composer-too-long').textContent()).toContain('801 characters too long')
        expect(await page.getByTestId('composer-submit').isDisabled()).toBe(true)
        await text.press('Enter')
        expect(await text.inputValue()).toHaveLength(4_801)
      }
      // Nothing was sent, and no raw schema error is shown.
      expect(await page.getByTestId('session-error').count()).toBe(0)
      expect(await maya.threadMessages('agent').count()).toBe(0)
      expect(await page.getByTestId('note').count()).toBe(0)

      await text.fill('a'.repeat(4_000))
      expect(await page.getByTestId('composer-too-long').count()).toBe(0)
      await page.getByTestId('composer-submit').click()
      await page.getByTestId('note').waitFor()
    } finally {
      await Promise.all([rae.close(), maya.close()])
    }
  })
})
