/**
 * Saves docs/queue.png: the queue telling what needs attention and what changed (service-level badges, a breached
 * session listed first, unread counts, the end user's last message) and a search across sessions.
 * Run: npx tsx web/scripts/queue-screenshot.ts   (builds the client first if needed)
 */
import { join } from 'node:path'
import { EndUserChat, HitlTab } from '../test/helpers/pages'
import { docs, runScene } from './screenshot-scene'

// Short targets, so one session breaches while the picture is set up: normal sessions must be answered in 3 seconds.
const integrationConfiguration = {
  sla: { normal: { firstResponseMinutes: 0.05 }, high: { firstResponseMinutes: 20, resolutionMinutes: 60 } },
}

runScene({ integrationConfiguration }, async ({ web, browser }) => {
  const maya = await HitlTab.open(browser, web.url, 'maya')
  const people = await Promise.all(
    ['Jordan Lee', 'Priya Natarajan'].map((name) => EndUserChat.open(browser, web.url, name))
  )
  const [jordan, priya] = people
  await jordan!.send('My trail shoes arrived damaged, I need to talk to a human')
  await jordan!.waitForHeaderStatus('pending')
  await jordan!.send('The sole came off after one run, order #1042')
  await priya!.send('Where is my parcel? I want to talk to a human')
  await priya!.waitForHeaderStatus('pending')
  await priya!.send('It was meant to arrive at the Lisbon office last week')
  await priya!.send('Tracking number ZX-4410, still nothing')

  await maya.card('Priya Natarajan').locator('[data-testid="sla-badge"][data-sla-state="breached"]').waitFor()
  await maya.card('Jordan Lee').locator('[data-testid="sla-badge"][data-sla-state="breached"]').waitFor()
  await maya.card('Priya Natarajan').getByTestId('unread-count').filter({ hasText: '2' }).waitFor()
  await maya.page.getByTestId('search-input').fill('lisbon')
  await maya.page.getByTestId('search-submit').click()
  await maya.page.getByTestId('search-result').first().waitFor()
  await maya.page.waitForLoadState('networkidle')
  await maya.page.screenshot({ path: join(docs, 'queue.png') })
  await Promise.all([maya, ...people].map((p) => p.close()))
  return ['queue.png']
})
