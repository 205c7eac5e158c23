import { afterAll, describe, expect, it } from 'vitest'
import { browserWorld } from './helpers/browser-world'
import { EndUserChat, HitlTab } from './helpers/pages'

// The demo bot's texts are the HITL plugin's defaults; who joined shows in the chat's header.
const HANDOFF_TEXT = 'I have escalated this conversation to a human agent.'
const JOINED_TEXT = 'A human agent has joined the conversation.'
const STOPPED_TEXT = 'The human agent closed the conversation. I will continue assisting you.'

const world = browserWorld()

describe('the handoff in the world.browser: end-user chat and HITL tab', () => {
  let jordan: EndUserChat
  let maya: HitlTab
  let liam: HitlTab

  afterAll(async () => {
    await Promise.all([jordan?.close(), maya?.close(), liam?.close()])
  })

  it('the end user asks for a human; the HITL tab shows the pending session live, with its counts', async () => {
    ;[jordan, maya] = await Promise.all([
      EndUserChat.open(world.browser, world.web.url, 'Jordan Lee'),
      HitlTab.open(world.browser, world.web.url, 'maya'),
    ])
    expect(await maya.count('pending')).toBe(0)

    await jordan.send('Where is my parcel?')
    await jordan.waitForMessage('Orders ship within 2 working days', 'bot')
    await jordan.send('I want to talk to a human please')
    await jordan.waitForMessage(HANDOFF_TEXT, 'bot')
    await jordan.waitForHeaderStatus('pending')

    await maya.waitForCount('pending', 1)
    const card = maya.card('Jordan Lee')
    await card.waitFor()
    expect(await card.getAttribute('data-status')).toBe('pending')
    expect(await card.getByTestId('session-assignee').textContent()).toContain('Unassigned')
  })

  it('the session view shows the history from before the escalation', async () => {
    await maya.openSession('Jordan Lee')
    await maya.waitForStatus('pending')
    const transcript = maya.page.getByTestId('transcript')
    await transcript.getByText('Where is my parcel?').waitFor()
    await transcript.getByText('Orders ship within 2 working days', { exact: false }).waitFor()
    await maya.page.getByTestId('handoff-divider').waitFor()
  })

  it('"Assign to me": the end user sees the agent join, with name and picture', async () => {
    await maya.assignToMe()
    await maya.waitForStatus('assigned')
    expect(await maya.page.getByTestId('detail-assignee').textContent()).toContain('Maya Okafor')
    await maya.waitForCount('assigned', 1)
    expect(await maya.count('pending')).toBe(0)

    await jordan.waitForMessage(JOINED_TEXT, 'bot')
    await jordan.waitForHeaderStatus('assigned')
    expect(await jordan.page.getByTestId('chat-agent-name').textContent()).toBe('Maya Okafor')
    expect(await jordan.header.locator('img.avatar').getAttribute('src')).toMatch(/\/avatars\/maya\.svg$/)
  })

  it('agent and end user write to each other, live on both pages', async () => {
    await maya.reply('Hi Jordan, Maya here. Let me check your parcel.')
    const fromAgent = await jordan.waitForMessage('Let me check your parcel.', 'agent')
    expect(await fromAgent.textContent()).toContain('Maya Okafor')
    expect(await fromAgent.locator('img.avatar').getAttribute('src')).toMatch(/maya\.svg$/)

    await jordan.send('Thanks! Order #1042.')
    await maya.threadMessages('end-user').filter({ hasText: 'Order #1042' }).waitFor()
  })

  it('the end user sees every type an agent sends: text, image, audio, video, file and bloc', async () => {
    await maya.sendMedia('image', `${world.web.url}/samples/return-label.svg`, 'Your prepaid return label')
    await maya.sendMedia('file', `${world.web.url}/samples/invoice-1042.pdf`, 'Invoice #1042')
    await maya.sendMedia('audio', `${world.web.url}/samples/chime.wav`, 'Voice note')
    await maya.sendMedia('video', `${world.web.url}/samples/how-to-return.webm`, 'How to pack a return')
    // A bloc has no composer of its own: the tab's API takes it like any other message.
    const session = await maya.page.getByTestId('session-view').getAttribute('data-session-id')
    const bloc = await maya.post(`/api/desk/sessions/${session}/messages`, {
      idempotencyKey: 'bloc-test-0001',
      message: {
        type: 'bloc',
        payload: {
          items: [
            { type: 'text', payload: { text: 'Your refund is on its way:' } },
            { type: 'markdown', payload: { markdown: '**$129.00** back to your card in 3-5 days' } },
          ],
        },
      },
    })
    expect(bloc.status()).toBe(201)

    const image = await jordan.waitForMessage('Your prepaid return label', 'agent')
    expect(await image.locator('img:not(.avatar)').getAttribute('src')).toMatch(/return-label\.svg$/)
    const file = await jordan.waitForMessage('Invoice #1042', 'agent')
    expect(await file.locator('a.media-file').getAttribute('href')).toMatch(/invoice-1042\.pdf$/)
    const audio = await jordan.waitForMessage('Voice note', 'agent')
    expect(await audio.locator('audio').getAttribute('src')).toMatch(/chime\.wav$/)
    const video = await jordan.waitForMessage('How to pack a return', 'agent')
    expect(await video.locator('video').getAttribute('src')).toMatch(/how-to-return\.webm$/)
    // The plugin may relay a bloc as one message or as its parts; either way the end user reads every part.
    await jordan.waitForMessage('Your refund is on its way:', 'agent')
    const amount = await jordan.waitForMessage('back to your card in 3-5 days', 'agent')
    expect(await amount.locator('strong').first().textContent()).toBe('$129.00')
  })

  it('an internal note is shown to agents only', async () => {
    await maya.addNote('Loyal customer since 2019: waive the return fee.')
    // A later agent message proves the end user's page is up to date when the note is checked.
    await maya.reply('Anything else I can do for you?')
    await jordan.waitForMessage('Anything else I can do for you?', 'agent')
    expect(await jordan.page.getByText('waive the return fee', { exact: false }).count()).toBe(0)
    expect(await maya.page.getByTestId('note').filter({ hasText: 'waive the return fee' }).count()).toBe(1)
  })

  it('a transfer hands the session to another agent; the end user sees who joined', async () => {
    liam = await HitlTab.open(world.browser, world.web.url, 'liam')
    await maya.assignTo('liam', 'Billing question')
    await maya.page.getByTestId('detail-assignee').filter({ hasText: 'Liam Chen' }).waitFor()
    await maya.page.getByTestId('timeline-event').filter({ hasText: 'Billing question' }).waitFor()
    // Maya no longer holds the session: her composer offers to take it over instead of answering.
    await maya.page.getByRole('button', { name: 'Take over to reply' }).waitFor()

    await jordan.page.locator('[data-testid="chat-agent-name"]', { hasText: 'Liam Chen' }).waitFor()

    await liam.page.getByTestId('mine-toggle').check()
    await liam.card('Jordan Lee').waitFor()
    await liam.openSession('Jordan Lee')
    await liam.reply('Hi Jordan, Liam from billing: your refund is confirmed.')
    const fromLiam = await jordan.waitForMessage('your refund is confirmed', 'agent')
    expect(await fromLiam.textContent()).toContain('Liam Chen')
  })

  it('"Resume chatbot" closes the session with a reason and the bot answers again', async () => {
    await liam.resumeChatbot('Refund issued')
    expect(await liam.page.getByTestId('detail-close-reason').textContent()).toContain('Refund issued')
    await liam.page.getByTestId('composer-closed').waitFor()

    await jordan.waitForMessage(STOPPED_TEXT, 'bot')
    await jordan.waitForMessage('Is there anything else I can help you with?', 'bot')
    await jordan.waitForHeaderStatus('closed')

    await maya.waitForCount('closed', 1)
    await maya.waitForCount('open', 0)
    await maya.filter('closed')
    await maya.card('Jordan Lee').waitFor()
    expect(await maya.card('Jordan Lee').getAttribute('data-status')).toBe('closed')

    await jordan.send('What are your opening hours?')
    await jordan.waitForMessage('We are open Monday to Friday', 'bot')
  })
})

describe('the end user ends the session with /end', () => {
  it('a flagged message escalates at high priority; assign to another agent, take over; /end closes it and the agent sees why', async () => {
    const [sam, sofia] = await Promise.all([
      EndUserChat.open(world.browser, world.web.url, 'Sam Rivera'),
      HitlTab.open(world.browser, world.web.url, 'sofia'),
    ])
    try {
      await sam.send('Please delete all my personal data under GDPR.')
      await sam.waitForMessage(HANDOFF_TEXT, 'bot')

      const card = sofia.card('Sam Rivera')
      await card.waitFor()
      expect(await card.textContent()).toContain('High')
      await sofia.openSession('Sam Rivera')
      // Assign to another agent, then take the session over.
      await sofia.assignTo('maya')
      await sofia.page.getByTestId('detail-assignee').filter({ hasText: 'Maya Okafor' }).waitFor()
      await sam.page.locator('[data-testid="chat-agent-name"]', { hasText: 'Maya Okafor' }).waitFor()
      await sofia.page.getByTestId('assign-to-me').filter({ hasText: 'Take over' }).click()
      await sofia.page.getByTestId('detail-assignee').filter({ hasText: 'Sofia Ramirez' }).waitFor()
      await sam.page.locator('[data-testid="chat-agent-name"]', { hasText: 'Sofia Ramirez' }).waitFor()
      await sofia.reply('Hello Sam, I can help with that.')
      await sam.waitForMessage('I can help with that.', 'agent')

      await sam.send('/end')
      await sam.waitForMessage('You have ended the session with the human agent.', 'bot')
      await sofia.waitForStatus('closed')
      await sofia.page.getByTestId('thread-system').filter({ hasText: 'The user has ended the session.' }).waitFor()
      await sofia.page.getByTestId('composer-closed').waitFor()
      // The plugin stops a session alike for /end, a timeout and its flow: the tab says the bot stopped it.
      await sofia.page.getByTestId('detail-close-reason').filter({ hasText: 'stopped by the bot' }).waitFor()
    } finally {
      await Promise.all([sam.close(), sofia.close()])
    }
  })
})
