import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineWorkspace, type OfflineBot, type OfflineWorkspace } from '../../offline'
import { agent, EndUser, askForHuman, sessionIdOf } from './support/people'
import { texts } from './support/texts'

/** Every delivery, to the bot and to the integration, arrives twice (same ids): nothing may be said or done twice. */
let workspace: OfflineWorkspace
let bot: OfflineBot
let impatientBot: OfflineBot
beforeAll(async () => {
  workspace = await startOfflineWorkspace({ seed: 7, faults: { redeliverRate: 1 }, scheduledEvents: 'on-demand' })
  bot = await workspace.addBot('twice-bot')
  impatientBot = await workspace.addBot('impatient-bot', { agentAssignedTimeoutSeconds: 60 })
})
afterAll(async () => workspace?.close())

const six = [
  { type: 'text', payload: { text: 'words' } },
  { type: 'image', payload: { imageUrl: 'https://example.com/a.png' } },
  { type: 'audio', payload: { audioUrl: 'https://example.com/a.mp3' } },
  { type: 'video', payload: { videoUrl: 'https://example.com/a.mp4' } },
  { type: 'file', payload: { fileUrl: 'https://example.com/a.pdf' } },
  { type: 'bloc', payload: { items: [{ type: 'text', payload: { text: 'bloc text' } }] } },
]

describe('every delivery redelivered', () => {
  it('a whole handoff still happens exactly once on both sides', async () => {
    const standin = workspace.standin
    const rae = EndUser.open(standin, bot.botId, 'Rae Twice')
    const ann = agent(bot.desk, 'Ann Agent')
    const ben = agent(bot.desk, 'Ben Second')

    rae.say('hello')
    await rae.waitForReceived(1)
    const sessionId = await askForHuman(bot.desk, rae)
    await ann.take(sessionId)
    await rae.waitForAgentJoined('Ann Agent')
    for (const c of six) rae.send(c.type, c.payload)
    await standin.idle()
    for (const c of six) await ann.send(sessionId, c)
    await ann.note(sessionId, 'a note')
    await ann.transferTo(sessionId, ben)
    await rae.waitForAgentJoined('Ben Second')
    await ben.write(sessionId, 'Ben here')
    await rae.waitForText('Ben here')
    rae.say('/end')
    await rae.waitForText(texts.userEndedText)
    await standin.idle()
    const second = await askForHuman(bot.desk, rae, 2)
    await ann.take(second)
    await ann.close(second)
    await rae.waitForText(texts.stoppedText)
    await standin.idle()

    const received = rae.received().map((m) => (m.type === 'text' ? m.payload.text : m.type))
    expect(received).toEqual([
      expect.stringContaining('Hello!'),
      texts.handoffText,
      texts.agentAssignedText,
      'words',
      'image',
      'audio',
      'video',
      'file',
      'bloc text',
      texts.agentAssignedText,
      'Ben here',
      texts.userEndedText,
      'Is there anything else I can help you with?',
      texts.handoffText,
      texts.agentAssignedText,
      texts.stoppedText,
      'Is there anything else I can help you with?',
    ])
    expect(rae.joinedAgents()).toEqual(['Ann Agent', 'Ben Second', 'Ann Agent'])

    const first = await ann.getSession(sessionId)
    expect(first.messages.map((m) => `${m.sender}:${m.type}`)).toEqual([
      ...six.map((c) => `end-user:${c.type}`),
      ...six.map((c) => `agent:${c.type}`),
      'agent:text',
      'bot:text',
    ])
    expect(first.notes).toHaveLength(1)
    const { sessions } = await ann.listSessions({ status: 'all' })
    expect(sessions.filter((s) => s.endUser.name === 'Rae Twice').map((s) => s.status)).toEqual(['closed', 'closed'])
  })

  it('the assignment timeout and the bot stop also act once', async () => {
    const standin = workspace.standin
    const sam = EndUser.open(standin, impatientBot.botId, 'Sam Timeout')
    sam.say('/human')
    await sam.waitForText(texts.handoffText)
    await standin.idle()
    expect(standin.fireScheduledEvents()).toBe(1) // the timeout's delay runs out: delivered twice like the rest
    await sam.waitForText(texts.assignmentTimeoutText)
    await standin.idle()
    expect(sam.receivedTexts().filter((t) => t === texts.assignmentTimeoutText)).toHaveLength(1)
    const timedOut = await agent(impatientBot.desk, 'Ann Agent').getSession(await sessionIdOf(impatientBot.desk, sam))
    expect(timedOut.messages.filter((m) => m.payload.text === texts.userCancelledText)).toHaveLength(1)

    const tia = EndUser.open(standin, bot.botId, 'Tia Stopped')
    const sessionId = await askForHuman(bot.desk, tia)
    await bot.desk.createEvent({ type: 'handoffStopRequested', conversationId: tia.conversationId, payload: {} })
    await tia.waitForText('Is there anything else I can help you with?')
    await standin.idle()
    const stopped = await agent(bot.desk, 'Ann Agent').getSession(sessionId)
    expect(stopped.status).toBe('closed')
    expect(stopped.messages.filter((m) => m.payload.text === texts.userCancelledText)).toHaveLength(1)
    expect(tia.receivedTexts().filter((t) => t === 'Is there anything else I can help you with?')).toHaveLength(1)
  })
})
