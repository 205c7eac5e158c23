import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'
import { agent, EndUser, sessionIdOf } from './support/people'
import { texts } from './support/texts'

let bp: OfflineBotpress
beforeAll(async () => {
  bp = await startOfflineBotpress({ seed: 9 })
})
afterAll(async () => bp?.close())

describe('a long conversation before the handoff', () => {
  it('reaches the agent whole: 1,000 messages, every page, oldest first', async () => {
    const wes = EndUser.open(bp.standin, bp.botId, 'Wes Talkative')
    for (let i = 1; i <= 500; i++) wes.say(`question number ${i} about the weather`)
    await wes.waitForReceived(500, 60_000)
    expect(wes.messages()).toHaveLength(1000)

    wes.say('/human')
    await wes.waitForText(texts.handoffText)
    const session = await agent(bp.desk, 'Ann Agent').getSession(await sessionIdOf(bp.desk, wes))

    const said = wes.messages().slice(0, 1001)
    expect(session.transcriptDropped).toBe(0)
    expect(session.transcript).toHaveLength(1001)
    expect(session.transcript.map((m) => [m.source, m.payload.text])).toEqual(
      said.map((m) => [m.direction === 'incoming' ? 'user' : 'bot', m.payload.text])
    )
  }, 120_000)
})
