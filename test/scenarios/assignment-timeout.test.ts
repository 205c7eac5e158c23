import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'
import { agent, EndUser, askForHuman } from './support/people'
import { texts } from './support/texts'

let bp: OfflineBotpress
beforeAll(async () => {
  // The timeout is Botpress's scheduled event; held until the test fires it, so no test races a clock.
  bp = await startOfflineBotpress({
    seed: 4,
    botConfiguration: { agentAssignedTimeoutSeconds: 60 },
    scheduledEvents: 'on-demand',
  })
})
afterAll(async () => bp?.close())

/** The timeout's delay runs out now: the bot gets the event it scheduled when the card fired. */
const timeoutRunsOut = async () => {
  await bp.standin.idle()
  expect(bp.standin.fireScheduledEvents()).toBe(1)
  await bp.standin.idle()
}

describe('the agent-assignment timeout', () => {
  it('closes a session nobody took: the end user is told, agents read why, the bot carries on', async () => {
    const kim = EndUser.open(bp.standin, bp.botId, 'Kim Waiting')
    const sessionId = await askForHuman(bp.desk, kim)

    await timeoutRunsOut()
    await kim.waitForText(texts.assignmentTimeoutText)
    await kim.waitForText('Is there anything else I can help you with?')
    await bp.standin.idle()
    const session = await agent(bp.desk, 'Ann Agent').getSession(sessionId)
    expect(session.status).toBe('closed')
    expect(session.messages.filter((m) => m.payload.text === texts.userCancelledText)).toHaveLength(1)
    kim.say('hello again')
    await kim.waitForText('Hello! I can tell you about opening hours')
  })

  it('leaves alone a session an agent took in time', async () => {
    const lea = EndUser.open(bp.standin, bp.botId, 'Lea Served')
    const sessionId = await askForHuman(bp.desk, lea)
    const ann = agent(bp.desk, 'Ann Agent')
    await ann.take(sessionId)
    await lea.waitForAgentJoined('Ann Agent')

    await timeoutRunsOut()
    expect(lea.receivedTexts()).not.toContain(texts.assignmentTimeoutText)
    expect((await ann.getSession(sessionId)).status).toBe('assigned')
    await ann.write(sessionId, 'still here')
    await lea.waitForText('still here')
  })
})
