import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'
import { agent, EndUser, askForHuman, sessionIdOf, textsOf } from './support/people'
import { texts } from './support/texts'

let bp: OfflineBotpress

beforeAll(async () => {
  bp = await startOfflineBotpress({ seed: 1 })
})
afterAll(async () => bp?.close())

describe('a handoff from start to finish', () => {
  it('the bot answers, hands off on /human, relays both ways while the agent has it, and takes back when the agent closes', async () => {
    const alice = EndUser.open(bp.standin, bp.botId, 'Alice Martin')
    const ann = agent(bp.desk, 'Ann Agent')

    alice.say('hello')
    await alice.waitForReceived(1)
    const sessionId = await askForHuman(bp.desk, alice)
    // The session is the installation's: the bot sees it under the alias it installed the integration with.
    expect((await bp.desk.getConversation({ id: sessionId })).conversation.integration).toBe(bp.alias)
    const pending = await ann.listSessions({ status: 'pending' })
    expect(pending.sessions.map((s) => s.id)).toEqual([sessionId])
    expect(pending.sessions[0]).toMatchObject({ status: 'pending', endUser: { name: 'Alice Martin' } })

    // The agent sees everything said before the handoff, oldest first.
    const before = await ann.getSession(sessionId)
    expect(before.transcript.map((m) => [m.source, m.payload.text])).toEqual([
      ['user', 'hello'],
      ['bot', alice.receivedTexts()[0]],
      ['user', '/human'],
    ])

    await ann.take(sessionId)
    await alice.waitForAgentJoined('Ann Agent')

    const { agentUserId } = await ann.write(sessionId, 'Hi Alice, how can I help?')
    await alice.waitForText('Hi Alice, how can I help?')
    alice.say('My parcel never arrived')
    await bp.standin.idle()
    await ann.note(sessionId, 'Check the carrier')

    const during = await ann.getSession(sessionId)
    expect(during.messages.map((m) => [m.sender, m.payload.text])).toEqual([
      ['agent', 'Hi Alice, how can I help?'],
      ['end-user', 'My parcel never arrived'],
    ])
    // Each message names who wrote it: the agent's user, and for the end user their copy in the session
    // (the plugin writes the end user's words as the bot, with the copy's id in payload.userId).
    const [fromAgent, fromEndUser] = during.messages
    expect(fromAgent?.userId).toBe(agentUserId)
    expect(fromEndUser?.userId).toBe(during.endUser.id)
    expect(fromEndUser?.userId).not.toBe(bp.botId)
    expect(during.notes.map((n) => n.text)).toEqual(['Check the carrier'])
    // The bot did not answer while the agent had the conversation, and the note never reached the end user.
    expect(alice.receivedTexts()).not.toContainEqual(expect.stringContaining('You said'))
    expect(alice.receivedTexts()).not.toContain('Check the carrier')

    await ann.close(sessionId, 'resolved')
    await alice.waitForText(texts.stoppedText)
    await alice.waitForText('Is there anything else I can help you with?')

    alice.say('what are your opening hours?')
    await alice.waitForText('We are open Monday to Friday')
    await bp.standin.idle()

    const after = await ann.getSession(sessionId)
    expect(after.status).toBe('closed')
    // The question after the handoff went to the bot, not to the closed session.
    expect(textsOf(after.messages)).not.toContain('what are your opening hours?')
    expect(alice.receivedTexts()).toEqual([
      alice.receivedTexts()[0],
      texts.handoffText,
      texts.agentAssignedText,
      'Hi Alice, how can I help?',
      texts.stoppedText,
      'Is there anything else I can help you with?',
      expect.stringContaining('We are open Monday to Friday'),
    ])
    expect(alice.joinedAgents()).toEqual(['Ann Agent'])
  })

  it('escalates on its own when the detector asks for a human, with a high priority for legal matters', async () => {
    const bob = EndUser.open(bp.standin, bp.botId, 'Bob Stone')
    bob.say('I will contact my lawyer about this')
    await bob.waitForText(texts.handoffText)
    const sessionId = await sessionIdOf(bp.desk, bob)
    const session = await agent(bp.desk, 'Ann Agent').getSession(sessionId)
    expect(session.title).toMatch(/^Escalation: legal/)
    expect(session.priority).toBe('high')
    expect(session.category).toBe('legal')
  })

  it('when the session cannot start, the end user is told so (never the handoff text) and the bot keeps the conversation', async () => {
    const cyd = EndUser.open(bp.standin, bp.botId, 'Cyd Unlucky')
    cyd.say('hello')
    await cyd.waitForReceived(1)
    // A category longer than the session entity allows: startHitl refuses it.
    await bp.desk.createEvent({
      type: 'handoffRequested',
      conversationId: cyd.conversationId,
      payload: { category: 'x'.repeat(150) },
    })
    await cyd.waitForText(texts.handoffFailedText)
    await bp.standin.idle()
    expect(cyd.receivedTexts()).not.toContain(texts.handoffText)
    const { sessions } = await agent(bp.desk, 'Ann Agent').listSessions({ status: 'all' })
    expect(sessions.filter((s) => s.endUser.name === 'Cyd Unlucky')).toEqual([])

    cyd.say('do you ship to Canada?')
    await cyd.waitForText('Orders ship within 2 working days')
    cyd.say('/human')
    await cyd.waitForText(texts.handoffText)
  })
})
