import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'
import { agent, EndUser, sessionIdOf } from './support/people'
import { texts } from './support/texts'

let bp: OfflineBotpress
beforeAll(async () => {
  bp = await startOfflineBotpress({ seed: 4, botConfiguration: { agentAssignedTimeoutSeconds: 1 } })
})
afterAll(async () => bp?.close())

/** Resolves once the scheduled timeout event of this conversation has been delivered to the bot. */
const timeoutDelivered = (conversationId: string) =>
  new Promise<void>((resolve) => {
    const listener = (e: { event: unknown }) => {
      const event = e.event as { type: string; conversationId?: string }
      if (event.type === 'agentAssignmentTimeout' && event.conversationId === conversationId) {
        bp.standin.events.off('event', listener)
        resolve()
      }
    }
    bp.standin.events.on('event', listener)
  })

describe('the agent-assignment timeout', () => {
  it('closes a session nobody took: the end user is told, agents read why, the bot carries on', async () => {
    const kim = EndUser.open(bp.standin, bp.botId, 'Kim Waiting')
    kim.say('/human')
    await kim.waitForText(texts.handoffText)
    const sessionId = await sessionIdOf(bp.desk, kim)

    await kim.waitForText(texts.assignmentTimeoutText, 1, 10_000)
    await kim.waitForText('Is there anything else I can help you with?')
    await bp.standin.idle()
    const session = await agent(bp.desk, 'Ann Agent').getSession(sessionId)
    expect(session.status).toBe('closed')
    expect(session.messages.filter((m) => m.payload.text === texts.assignmentTimeoutAgentText)).toHaveLength(1)
    kim.say('hello again')
    await kim.waitForText('Hello! I can tell you about opening hours')
  })

  it('leaves alone a session an agent took in time', async () => {
    const lea = EndUser.open(bp.standin, bp.botId, 'Lea Served')
    const fired = timeoutDelivered(lea.conversationId)
    lea.say('/human')
    await lea.waitForText(texts.handoffText)
    const sessionId = await sessionIdOf(bp.desk, lea)
    const ann = agent(bp.desk, 'Ann Agent')
    await ann.take(sessionId)
    await lea.waitForText('Ann Agent joined the conversation.')

    await fired
    await bp.standin.idle()
    expect(lea.receivedTexts()).not.toContain(texts.assignmentTimeoutText)
    expect((await ann.getSession(sessionId)).status).toBe('assigned')
    await ann.write(sessionId, 'still here')
    await lea.waitForText('still here')
  })
})
