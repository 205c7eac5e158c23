/**
 * Plays a few handoffs in Chromium and saves what each side sees: docs/chat.png (the end user),
 * docs/hitl-tab.png (the queue and a waiting session), docs/session.png (a live session), docs/saved-replies.png
 * (the "/" list in the composer) and docs/mobile.png (the queue and a session at 390 px, side by side).
 * Run: npx tsx web/scripts/screenshots.ts   (builds the client first if needed)
 */
import type { Browser } from 'playwright-core'
import { join } from 'node:path'
import { EndUserChat, HitlTab, phone } from '../test/helpers/pages'
import { docs, runScene } from './screenshot-scene'

/** Two phone pictures next to each other in one PNG, drawn by the browser itself (no image library). */
const sideBySide = async (browser: Browser, pictures: Buffer[], path: string) => {
  const page = await browser.newPage({ viewport: { width: phone.width * 2 + 48, height: phone.height + 32 } })
  const images = pictures.map((p) => `<img src="data:image/png;base64,${p.toString('base64')}">`).join('')
  await page.setContent(`<body style="margin:0;padding:16px;display:flex;gap:16px;background:#e5e7eb">${images}</body>`)
  await page.waitForFunction(() => [...document.images].every((img) => img.complete))
  await page.screenshot({ path })
  await page.close()
}

runScene({}, async ({ web, browser }) => {
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

  // Saved replies: three shared answers, then "/" in Jordan's composer lists them with the variables filled in.
  await maya.openSavedReplies()
  await maya.addSavedReply(
    'Replacement on its way',
    'Hi {{endUser.name}}, a replacement pair ships today. {{agent.name}}'
  )
  await maya.addSavedReply(
    'Return label',
    'Here is a prepaid return label, {{endUser.name}}: print it and drop the parcel at any post office.'
  )
  await maya.addSavedReply('Opening hours', 'We are open Monday to Friday, 9 am to 6 pm.')
  await maya.page.keyboard.press('Escape')
  await maya.openSession('Jordan Lee')
  await maya.page.getByTestId('composer-text').fill('/re')
  await maya.page.getByTestId('saved-reply-option').nth(1).waitFor()
  await maya.page.screenshot({ path: join(docs, 'saved-replies.png') })
  await maya.page.getByTestId('composer-text').fill('')

  // A phone held upright: the queue, then a session, as two views of the same tab.
  const liam = await HitlTab.open(browser, web.url, 'liam', phone)
  await liam.card('Priya Natarajan').waitFor()
  await liam.page.waitForLoadState('networkidle')
  const queueShot = await liam.page.screenshot()
  await liam.openSession('Priya Natarajan')
  await liam.page.getByTestId('transcript').waitFor()
  await liam.page.waitForLoadState('networkidle')
  const sessionShot = await liam.page.screenshot()
  await sideBySide(browser, [queueShot, sessionShot], join(docs, 'mobile.png'))

  await Promise.all([jordan, priya, sam, maya, liam].map((p) => p.close()))
  return ['chat.png', 'session.png', 'hitl-tab.png', 'saved-replies.png', 'mobile.png']
})
