import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'
import { agent, EndUser, askForHuman, sessionIdOf } from './support/people'
import { texts } from './support/texts'

let bp: OfflineBotpress
beforeAll(async () => {
  bp = await startOfflineBotpress({ seed: 10 })
})
afterAll(async () => bp?.close())

const handOffAndClose = async (endUser: EndUser, nth: number) => {
  const sessionId = await askForHuman(bp.desk, endUser, nth)
  const ann = agent(bp.desk, 'Ann Agent')
  const session = await ann.getSession(sessionId)
  await ann.close(sessionId)
  // Nobody took the session: the end user is not told that an agent closed it.
  await endUser.waitForText(texts.unansweredStoppedText, nth)
  return session
}

describe('who stands for the end user inside sessions', () => {
  it('is the same copy from one session to the next, and a new one if that copy is gone', async () => {
    const ivo = EndUser.open(bp.standin, bp.botId, 'Ivo Regular', 'https://example.com/ivo.png')
    const first = await handOffAndClose(ivo, 1)
    const second = await handOffAndClose(ivo, 2)
    expect(second.endUser.id).toBe(first.endUser.id)
    expect(first.endUser).toMatchObject({ name: 'Ivo Regular' })
    // The history speaks as that copy, the live session too.
    expect(second.transcript.filter((m) => m.source === 'user').every((m) => m.userId === first.endUser.id)).toBe(true)

    await bp.desk.deleteUser({ id: first.endUser.id })
    const third = await handOffAndClose(ivo, 3)
    expect(third.endUser.id).not.toBe(first.endUser.id)
    expect(third.endUser.name).toBe('Ivo Regular')
  })

  it('is called "Unknown User" when the channel gave no name', async () => {
    const anonymous = EndUser.open(bp.standin, bp.botId, '')
    anonymous.say('/human')
    await anonymous.waitForText(texts.handoffText)
    const session = await agent(bp.desk, 'Ann Agent').getSession(await sessionIdOf(bp.desk, anonymous))
    expect(session.endUser.name).toBe('Unknown User')
  })
})
