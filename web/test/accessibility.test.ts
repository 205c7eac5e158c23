import { describe, expect, it } from 'vitest'
import { seriousViolations } from './helpers/axe'
import { browserWorld } from './helpers/browser-world'
import { EndUserChat, HitlTab, phone } from './helpers/pages'

const world = browserWorld()

/** An end user who asked for a person: a pending session in every agent's queue. */
const escalate = async (name: string, viewport?: { width: number; height: number }) => {
  const chat = await EndUserChat.open(world.browser, world.web.url, name, viewport)
  await chat.send('I want to talk to a human please')
  await chat.waitForMessage('escalated this conversation to a human agent', 'bot')
  return chat
}

describe('axe-core finds no serious or critical violation', () => {
  for (const [width, viewport] of [
    ['desktop', undefined],
    ['390 px', phone],
  ] as const) {
    it(`on the sign-in page, the end-user chat, the queue and a session (${width})`, async () => {
      const name = `Ada ${width === 'desktop' ? 'Desk' : 'Phone'}`
      // The sign-in page first, as an agent meets it.
      const door = await world.browser.newContext({
        viewport: viewport ?? { width: 1440, height: 900 },
        baseURL: world.web.url,
      })
      const signIn = await door.newPage()
      await signIn.goto('/hitl')
      await signIn.locator('input[name="email"]').waitFor()
      expect(await seriousViolations(signIn)).toEqual([])
      // And the chat's welcome form, before the end user starts.
      await signIn.goto('/')
      await signIn.locator('input[name="name"]').waitFor()
      expect(await seriousViolations(signIn)).toEqual([])
      await door.close()

      const chat = await escalate(name, viewport)
      const maya = await HitlTab.open(world.browser, world.web.url, 'maya', viewport)
      try {
        expect(await seriousViolations(chat.page)).toEqual([])
        await maya.card(name).waitFor()
        expect(await seriousViolations(maya.page)).toEqual([])
        await maya.openSession(name)
        await maya.page.getByTestId('transcript').waitFor()
        expect(await seriousViolations(maya.page)).toEqual([])
        // The dialogs and lists are part of the page while open.
        await maya.page.getByTestId('composer-text').fill('/')
        await maya.page.locator('#saved-reply-menu').waitFor()
        expect(await seriousViolations(maya.page)).toEqual([])
        await maya.page.getByTestId('composer-text').fill('')
        await maya.page.getByTestId('resume-chatbot').click()
        await maya.page.getByTestId('close-dialog').waitFor()
        expect(await seriousViolations(maya.page)).toEqual([])
        await maya.page.keyboard.press('Escape')
        await maya.openSavedReplies()
        await maya.addSavedReply(`Greeting ${width}`, 'Hi {{endUser.name}}, {{agent.name}} here.')
        expect(await seriousViolations(maya.page)).toEqual([])
      } finally {
        await Promise.all([chat.close(), maya.close()])
      }
    })
  }
})
