import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'
import { startDeliveryGate } from './support/delivery-gate'
import { agent, EndUser, askForHuman, textsOf } from './support/people'
import { texts } from './support/texts'

let bp: OfflineBotpress
beforeAll(async () => {
  bp = await startOfflineBotpress({ seed: 3 })
})
afterAll(async () => bp?.close())

const handedOff = async (name: string, take = true) => {
  const endUser = EndUser.open(bp.standin, bp.botId, name)
  const sessionId = await askForHuman(bp.desk, endUser)
  const ann = agent(bp.desk, 'Ann Agent')
  if (take) {
    await ann.take(sessionId)
    await endUser.waitForText(texts.agentAssignedText)
  }
  return { endUser, sessionId, ann }
}

/** After a session ends the bot has the conversation again: it answers the next question itself. */
const botAnswersAgain = async (endUser: EndUser) => {
  endUser.say('do you deliver abroad?')
  await endUser.waitForText('Orders ship within 2 working days')
}

describe('ending a session', () => {
  it('the end user types the close command: the agent reads why, the session closes, the bot takes over', async () => {
    const { endUser, sessionId, ann } = await handedOff('Fay Closer')
    endUser.say('  /END ')
    await endUser.waitForText(texts.userEndedText)
    await bp.standin.idle()

    const session = await ann.getSession(sessionId)
    expect(session.status).toBe('closed')
    const note = session.messages.find((m) => m.payload.text === texts.userCancelledText)
    expect(note).toMatchObject({ sender: 'bot', afterClose: false })
    expect(note?.payload.userId).toBeUndefined()
    // The command itself is not relayed to the agent.
    expect(textsOf(session.messages)).not.toContainEqual(expect.stringMatching(/\/end/i))
    await botAnswersAgain(endUser)
    expect(endUser.receivedTexts().filter((t) => t === texts.userEndedText)).toHaveLength(1)
    expect(endUser.receivedTexts()).not.toContain(texts.stoppedText)
  })

  it('the agent closes it: the end user is told once and the bot carries on', async () => {
    const { endUser, sessionId, ann } = await handedOff('Gus Closed')
    await ann.close(sessionId, 'answered')
    await endUser.waitForText('Is there anything else I can help you with?')
    await botAnswersAgain(endUser)
    expect(endUser.receivedTexts().filter((t) => t === texts.stoppedText)).toHaveLength(1)
    expect((await ann.getSession(sessionId)).status).toBe('closed')
  })

  it('an agent closes a session nobody took: the end user is not told that an agent closed it', async () => {
    const { endUser, sessionId, ann } = await handedOff('Nia Unanswered', false)
    await ann.close(sessionId, 'duplicate request')
    await endUser.waitForText(texts.unansweredStoppedText)
    await botAnswersAgain(endUser)
    expect(endUser.receivedTexts()).not.toContain(texts.stoppedText)
    expect(endUser.receivedTexts()).not.toContain(texts.agentAssignedText)
  })

  it('the bot stops it from its own flow: agents read why, the session closes', async () => {
    const { endUser, sessionId, ann } = await handedOff('Hal Stopped')
    await bp.desk.createEvent({
      type: 'handoffStopRequested',
      conversationId: endUser.conversationId,
      payload: { reason: 'business hours are over' },
    })
    await endUser.waitForText('Is there anything else I can help you with?')
    await bp.standin.idle()
    const session = await ann.getSession(sessionId)
    expect(session.status).toBe('closed')
    expect(session.messages.filter((m) => m.payload.text === texts.userCancelledText)).toHaveLength(1)
    await botAnswersAgain(endUser)
  })

  it('an agent message after the close is refused to the agent, never silently dropped', async () => {
    const { endUser, sessionId, ann } = await handedOff('Ivy Late')
    await ann.close(sessionId, 'done')
    await endUser.waitForText(texts.stoppedText)
    await expect(ann.write(sessionId, 'one more thing')).rejects.toThrow(/closed/i)
    await bp.standin.idle()
    expect(endUser.receivedTexts()).not.toContain('one more thing')
  })
})

describe('an end-user message that crosses the close', () => {
  it('reaches the session flagged as after the close (agents see it), and the end user is told the agent left', async () => {
    const gate = await startDeliveryGate(bp.botUrl)
    bp.standin.setBotUrl(bp.botId, gate.url)
    try {
      const { endUser, sessionId, ann } = await handedOff('Jon Crossing')
      // The close happens, but the news is still on its way to the bot when the end user writes.
      gate.hold(`${bp.alias}:hitlStopped`)
      const heldBack = gate.held(`${bp.alias}:hitlStopped`)
      await ann.close(sessionId, 'resolved')
      await heldBack
      endUser.say('wait, one last question')
      await endUser.waitForText(texts.stoppedText)

      gate.releaseAll()
      await bp.standin.idle()
      const session = await ann.getSession(sessionId)
      expect(session.messages.filter((m) => m.payload.text === 'wait, one last question')).toEqual([
        expect.objectContaining({ sender: 'end-user', afterClose: true }),
      ])
      // Told once, although the close reached the bot twice (its own check, then hitlStopped).
      expect(endUser.receivedTexts().filter((t) => t === texts.stoppedText)).toHaveLength(1)
      await botAnswersAgain(endUser)
    } finally {
      bp.standin.setBotUrl(bp.botId, bp.botUrl)
      await gate.close()
    }
  })
})
