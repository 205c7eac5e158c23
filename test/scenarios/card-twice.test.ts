import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'
import { agent, EndUser, askForHuman, textsOf } from './support/people'
import { texts } from './support/texts'

let bp: OfflineBotpress
beforeAll(async () => {
  bp = await startOfflineBotpress({ seed: 5 })
})
afterAll(async () => bp?.close())

const sessionsOf = async (endUser: EndUser) => {
  const { sessions } = await agent(bp.desk, 'Ann Agent').listSessions({ status: 'all', limit: 100 })
  return sessions.filter((s) => s.endUser.name === endUser.name)
}

describe('the handoff card fired twice', () => {
  it('while a session is open, asking again is a message to the agent, not a second session', async () => {
    const mia = EndUser.open(bp.standin, bp.botId, 'Mia Twice')
    mia.say('/human')
    await mia.waitForText(texts.handoffText)
    mia.say('/human')
    await bp.standin.idle()

    const sessions = await sessionsOf(mia)
    expect(sessions).toHaveLength(1)
    const session = await agent(bp.desk, 'Ann Agent').getSession(sessions[0]!.id)
    expect(session.messages.map((m) => [m.sender, m.payload.text])).toEqual([['end-user', '/human']])
    expect(mia.receivedTexts().filter((t) => t === texts.handoffText)).toHaveLength(1)
  })

  it('fired at the same instant from two places, exactly one session starts and the end user is told once', async () => {
    const ned = EndUser.open(bp.standin, bp.botId, 'Ned Race')
    ned.say('hello')
    await ned.waitForReceived(1)
    // One event queued on the conversation, one outside it: Botpress delivers them concurrently.
    await Promise.all([
      bp.desk.createEvent({
        type: 'handoffRequested',
        conversationId: ned.conversationId,
        payload: { title: 'first card' },
      }),
      bp.desk.createEvent({
        type: 'handoffRequested',
        payload: { conversationId: ned.conversationId, title: 'second card' },
      }),
      bp.desk.createEvent({
        type: 'handoffRequested',
        payload: { conversationId: ned.conversationId, title: 'third card' },
      }),
    ])
    await bp.standin.idle()

    expect(await sessionsOf(ned)).toHaveLength(1)
    expect(ned.receivedTexts().filter((t) => t === texts.handoffText)).toHaveLength(1)
    expect(ned.receivedTexts()).not.toContain(texts.handoffFailedText)
  })

  it('once the session is over, the card starts a new one with the whole conversation as history', async () => {
    const ola = EndUser.open(bp.standin, bp.botId, 'Ola Again')
    const ann = agent(bp.desk, 'Ann Agent')
    const first = await askForHuman(bp.desk, ola)
    await ann.take(first)
    await ann.write(first, 'first answer')
    await ola.waitForText('first answer')
    await ann.close(first)
    await ola.waitForText('Is there anything else I can help you with?')

    const second = await askForHuman(bp.desk, ola, 2)
    expect(second).not.toBe(first)
    expect((await sessionsOf(ola)).map((s) => s.status).sort()).toEqual(['closed', 'pending'])
    const history = await ann.getSession(second)
    expect(textsOf(history.transcript)).toContain('first answer')
  })
})
