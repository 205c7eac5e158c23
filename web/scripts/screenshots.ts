/**
 * Plays a few handoffs in Chromium and saves what each side sees: docs/chat.png (the end user),
 * docs/hitl-tab.png (the queue and a waiting session) and docs/session.png (a live session).
 * Run: npx tsx web/scripts/screenshots.ts   (builds the client first if needed)
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from '../test/helpers/chromium'
import { ensureClientBuilt } from '../test/helpers/client-build'
import { EndUserChat, HitlTab } from '../test/helpers/pages'
import { startWebServer } from '../server/web-server'

const docs = join(__dirname, '..', '..', 'docs')

const main = async () => {
  await ensureClientBuilt()
  const [web, browser] = await Promise.all([startWebServer({ port: 0 }), launchChromium()])
  try {
    mkdirSync(docs, { recursive: true })
    const [jordan, priya, sam, maya] = await Promise.all([
      EndUserChat.open(browser, web.url, 'Jordan Lee'),
      EndUserChat.open(browser, web.url, 'Priya Natarajan'),
      EndUserChat.open(browser, web.url, 'Sam Rivera'),
      HitlTab.open(browser, web.url, 'maya'),
    ])

    // Jordan talks to the bot, then asks for a person; Maya takes it and helps.
    await jordan.send('Hi!')
    await jordan.waitForMessage('Hello! I can tell you', 'bot')
    await jordan.send('My trail shoes arrived damaged, I need to talk to a human')
    await jordan.waitForMessage('escalated this conversation to a human agent', 'bot')

    // Two more end users wait: one flagged by the escalation rules (high priority), one asking.
    await priya.send('Where is my parcel? It has been two weeks')
    await priya.waitForMessage('Orders ship within', 'bot')
    await priya.send('/human')
    await priya.waitForMessage('escalated this conversation to a human agent', 'bot')
    await sam.send('Can I return a jacket I bought last month?')
    await sam.waitForMessage('return any item within 30 days', 'bot')
    await sam.send('OK. Also, please delete all my personal data under GDPR.')
    await sam.waitForMessage('escalated this conversation to a human agent', 'bot')

    await maya.waitForCount('pending', 3)
    await maya.openSession('Jordan Lee')
    await maya.assignToMe()
    await maya.waitForStatus('assigned')
    await jordan.waitForMessage('A human agent has joined the conversation.', 'bot')
    await maya.reply("Hi Jordan, I'm Maya. I'm sorry about the shoes! Could you send me a photo of the damage?")
    await jordan.send('Sure, the sole came off after one run.')
    await maya.addNote('Second damaged pair this month from the Portland warehouse: flag to logistics.')
    await maya.reply("Thanks. You'll get a free replacement, and here is a prepaid label for the damaged pair:")
    await maya.sendMedia('image', `${web.url}/samples/return-label.svg`, 'Your prepaid return label')
    await maya.sendMedia('file', `${web.url}/samples/invoice-1042.pdf`, 'Invoice #1042')
    await jordan.waitForMessage('Invoice #1042', 'agent')
    await jordan.send('Perfect, thank you so much!')
    await maya.threadMessages('end-user').filter({ hasText: 'Perfect, thank you' }).waitFor()
    // Let the images finish loading before the pictures are taken.
    await Promise.all([jordan.page, maya.page].map((p) => p.waitForLoadState('networkidle')))

    // The end user's view from the moment of the handoff: the bot's handoff text, who joined, the agent's answers.
    const handoff = await jordan.waitForMessage('escalated this conversation to a human agent', 'bot')
    await handoff.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await jordan.page.screenshot({ path: join(docs, 'chat.png') })
    // A taller window shows more of the live session: the note, the replies and the media.
    await maya.page.setViewportSize({ width: 1440, height: 1200 })
    await maya.page.screenshot({ path: join(docs, 'session.png') })
    await maya.page.setViewportSize({ width: 1440, height: 900 })

    await maya.openSession('Sam Rivera')
    await maya.page.getByTestId('transcript').waitFor()
    await maya.page.waitForLoadState('networkidle')
    await maya.page.screenshot({ path: join(docs, 'hitl-tab.png') })

    await Promise.all([jordan, priya, sam, maya].map((p) => p.close()))
    console.log(`screenshots saved in ${docs}: chat.png, session.png, hitl-tab.png`)
  } finally {
    await browser.close()
    await web.close()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
