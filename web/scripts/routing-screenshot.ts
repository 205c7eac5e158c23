/**
 * Presence and auto-assignment as an agent sees them: docs/routing.png. Maya goes online, a session is
 * auto-assigned to her (least busy), then she goes offline and Liam sees her session flagged.
 * Run: npx tsx web/scripts/routing-screenshot.ts   (builds the client first if needed)
 */
import { join } from 'node:path'
import { EndUserChat, HitlTab } from '../test/helpers/pages'
import { docs, runScene } from './screenshot-scene'

runScene({ integrationConfiguration: { routing: { mode: 'leastBusy' } } }, async ({ web, browser }) => {
  const [maya, liam] = await Promise.all([
    HitlTab.open(browser, web.url, 'maya'),
    HitlTab.open(browser, web.url, 'liam'),
  ])
  await maya.page.getByLabel('Your status').selectOption('online')
  await liam.page.getByLabel('Your status').selectOption('away')
  const jordan = await EndUserChat.open(browser, web.url, 'Jordan Lee')
  await jordan.send('My trail shoes arrived damaged, I need to talk to a human')
  await jordan.waitForMessage('A human agent has joined the conversation.', 'bot')
  await maya.page.getByLabel('Your status').selectOption('offline')
  await liam.card('Jordan Lee').getByTestId('assignee-offline').waitFor()
  await liam.openSession('Jordan Lee')
  await liam.page.waitForLoadState('networkidle')
  await liam.page.screenshot({ path: join(docs, 'routing.png') })
  await Promise.all([jordan, maya, liam].map((p) => p.close()))
  return ['routing.png']
})
