import { describe, expect, it } from 'vitest'
import { handoffConfigurationSchema } from '../../demo-bot/src'
import { browserWorld } from './helpers/browser-world'
import { EndUserChat, HitlTab } from './helpers/pages'

const texts = handoffConfigurationSchema.parse({})

const world = browserWorld({
  // A pending session closes by itself 3 seconds after the end user last wrote; the desk sweeps every half second.
  botpress: { integrationConfiguration: { endUser: { abandonPendingAfterMinutes: 0.05 } } },
  sweepMs: 500,
})

describe('the end user left', () => {
  it('a pending session nobody took closes by itself, with its reason, and the end user is told no agent could take it', async () => {
    const [gia, maya] = await Promise.all([
      EndUserChat.open(world.browser, world.web.url, 'Gia Gone'),
      HitlTab.open(world.browser, world.web.url, 'maya'),
    ])
    try {
      await gia.send('I want to talk to a human please')
      await gia.waitForHeaderStatus('pending')
      await maya.card('Gia Gone').waitFor()

      await maya.waitForCount('pending', 0)
      await maya.filter('closed')
      await maya.openSession('Gia Gone')
      await maya.waitForStatus('closed')
      expect(await maya.page.getByTestId('detail-close-reason').textContent()).toContain(
        'the end user left before an agent took it'
      )
      await maya.page.getByTestId('timeline-event').filter({ hasText: 'abandoned' }).waitFor()

      await gia.waitForMessage(texts.unansweredStoppedText, 'bot')
      await gia.waitForHeaderStatus('closed')
    } finally {
      await Promise.all([gia.close(), maya.close()])
    }
  })
})
