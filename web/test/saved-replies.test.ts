import { afterAll, describe, expect, it } from 'vitest'
import { browserWorld } from './helpers/browser-world'
import { EndUserChat, HitlTab } from './helpers/pages'

const world = browserWorld()

describe('saved replies in the HITL tab', () => {
  let zoe: EndUserChat
  let maya: HitlTab
  let liam: HitlTab

  afterAll(async () => {
    await Promise.all([zoe?.close(), maya?.close(), liam?.close()])
  })

  it('an agent saves replies with variables; another agent sees them; an unknown variable is refused', async () => {
    ;[maya, liam] = await Promise.all([
      HitlTab.open(world.browser, world.web.url, 'maya'),
      HitlTab.open(world.browser, world.web.url, 'liam'),
    ])
    await maya.openSavedReplies()
    await maya.addSavedReply('Refund on its way', 'Hi {{endUser.name}}, your refund is on its way. {{agent.name}}')
    await maya.addSavedReply('Opening hours', 'We are open 9 to 5, {{endUser.name}}.')

    await maya.page.getByTestId('saved-reply-title').fill('Typo')
    await maya.page.getByTestId('saved-reply-text').fill('Hello {{user.name}}')
    await maya.page.getByTestId('saved-reply-save').click()
    await maya.page
      .getByTestId('saved-reply-error')
      .filter({ hasText: 'text: unknown variable {{user.name}}' })
      .waitFor()
    expect(await maya.savedReply('Typo').count()).toBe(0)

    await liam.openSavedReplies()
    await liam.savedReply('Refund on its way').waitFor()
    await liam.savedReply('Opening hours').waitFor()
  })

  it('an edit of a reply someone changed since is refused, naming who changed it', async () => {
    await maya.page.getByRole('button', { name: 'Edit Opening hours' }).click()
    await liam.page.getByRole('button', { name: 'Edit Opening hours' }).click()
    await liam.page.getByTestId('saved-reply-text').fill('We are open 8 to 6, {{endUser.name}}.')
    await liam.page.getByTestId('saved-reply-save').click()
    await liam.savedReply('8 to 6').waitFor()

    await maya.page.getByTestId('saved-reply-text').fill('We are open 10 to 4, {{endUser.name}}.')
    await maya.page.getByTestId('saved-reply-save').click()
    await maya.page
      .getByTestId('saved-reply-error')
      .filter({ hasText: 'Liam Chen changed this saved reply since you read it' })
      .waitFor()
    // The list shows Liam's words, read again after the refusal.
    await maya.savedReply('8 to 6').waitFor()
    await maya.page.keyboard.press('Escape')
    await maya.savedRepliesDialog.waitFor({ state: 'detached' })
    expect(await maya.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'open-saved-replies'
    )
    await liam.page.keyboard.press('Escape')
  })

  it('"/" in the composer lists them, filtered as the agent types; arrows and Enter insert one, as text', async () => {
    zoe = await EndUserChat.open(world.browser, world.web.url, 'Zoë <b>Bold</b>')
    await zoe.send('I want to talk to a human please')
    await zoe.waitForMessage('escalated this conversation to a human agent', 'bot')
    await maya.openSession('Zoë <b>Bold</b>')
    await maya.assignToMe()
    await maya.waitForStatus('assigned')

    const text = maya.page.getByTestId('composer-text')
    const options = maya.page.getByTestId('saved-reply-option')
    await text.fill('/')
    await options.filter({ hasText: 'Opening hours' }).waitFor()
    expect(await options.count()).toBe(2)
    // Escape closes the list and leaves the draft as it was.
    await text.press('Escape')
    await options.first().waitFor({ state: 'detached' })
    expect(await text.inputValue()).toBe('/')

    await text.fill('/ref')
    await options.filter({ hasText: 'Refund on its way' }).waitFor()
    expect(await options.count()).toBe(1)
    await text.fill('/')
    await options.nth(1).waitFor()
    const titles = await options.locator('strong').allTextContents()
    await text.press('ArrowDown')
    await maya.page
      .locator('[data-testid="saved-reply-option"][aria-selected="true"]')
      .filter({ hasText: titles[1]! })
      .waitFor()
    await text.press('ArrowUp')
    await maya.page
      .locator('[data-testid="saved-reply-option"][aria-selected="true"]')
      .filter({ hasText: titles[0]! })
      .waitFor()
    const refundAt = titles.indexOf('Refund on its way')
    for (let i = 0; i < refundAt; i++) await text.press('ArrowDown')
    await text.press('Enter')
    const filled = 'Hi Zoë <b>Bold</b>, your refund is on its way. Maya Okafor'
    expect(await text.inputValue()).toBe(filled)
    expect(await options.count()).toBe(0)

    await maya.page.getByTestId('composer-submit').click()
    const sent = maya.threadMessages('agent').filter({ hasText: 'your refund is on its way' })
    await sent.waitFor()
    // The end user's name went in as text: shown as typed, never as markup.
    expect(await sent.textContent()).toContain('Hi Zoë <b>Bold</b>,')
    expect(await sent.locator('b').count()).toBe(0)
    await zoe.waitForMessage('your refund is on its way. Maya Okafor', 'agent')
  })

  it('a deleted reply is gone for everyone', async () => {
    await maya.openSavedReplies()
    await maya.page.getByRole('button', { name: 'Delete Opening hours' }).click()
    await maya.savedReply('Opening hours').waitFor({ state: 'detached' })
    await liam.openSavedReplies()
    await liam.savedReply('Refund on its way').waitFor()
    // The manager opens on the list Liam read before and reads it again: the deleted reply goes once that read is in.
    await liam.savedReply('Opening hours').waitFor({ state: 'detached' })
    expect(await liam.savedReply('Opening hours').count()).toBe(0)
  })
})
