import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'
import { agent, EndUser, askForHuman } from './support/people'
import { texts } from './support/texts'

let bp: OfflineBotpress
beforeAll(async () => {
  bp = await startOfflineBotpress({ seed: 6 })
})
afterAll(async () => bp?.close())

const handedOff = async (name: string) => {
  const endUser = EndUser.open(bp.standin, bp.botId, name)
  return { endUser, sessionId: await askForHuman(bp.desk, endUser) }
}

describe('agents sharing sessions', () => {
  it('a transfer: the end user hears who took over, and the new agent answers under their own name', async () => {
    const { endUser, sessionId } = await handedOff('Pia Transfer')
    const ann = agent(bp.desk, 'Ann Agent')
    const ben = agent(bp.desk, 'Ben Second')
    await ann.take(sessionId)
    await endUser.waitForAgentJoined('Ann Agent')
    await ann.write(sessionId, 'Let me pass you to billing')
    await ann.transferTo(sessionId, ben, 'billing question')
    await endUser.waitForAgentJoined('Ben Second')
    await ben.write(sessionId, 'Billing here')
    const seen = await endUser.waitForText('Billing here')

    const fromBen = seen.find((m) => m.payload.text === 'Billing here')
    expect(fromBen?.tags.agentName).toBe('Ben Second')
    expect((await ben.getSession(sessionId)).assignee?.name).toBe('Ben Second')
    endUser.say('thanks Ben')
    await bp.standin.idle()
    const { messages } = await ben.getSession(sessionId)
    expect(messages.map((m) => [m.sender, m.payload.text])).toEqual([
      ['agent', 'Let me pass you to billing'],
      ['agent', 'Billing here'],
      ['end-user', 'thanks Ben'],
    ])
    expect(endUser.joinedAgents()).toEqual(['Ann Agent', 'Ben Second'])
  })

  it('two agents take one session at once: exactly one gets it, the other is told who has it', async () => {
    const { endUser, sessionId } = await handedOff('Quinn Contested')
    const ann = agent(bp.desk, 'Ann Agent')
    const ben = agent(bp.desk, 'Ben Second')
    const outcomes = await Promise.allSettled([ann.take(sessionId), ben.take(sessionId)])

    const won = outcomes.filter((o) => o.status === 'fulfilled')
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    const winner = outcomes[0]!.status === 'fulfilled' ? ann : ben
    expect(String(lost[0]!.reason?.message)).toMatch(new RegExp(`${winner.identity.name}|${winner.identity.email}`))

    await endUser.waitForAgentJoined(winner.identity.name)
    await bp.standin.idle()
    expect(endUser.joinedAgents()).toEqual([winner.identity.name])
    expect(endUser.receivedTexts().filter((t) => t === texts.agentAssignedText)).toHaveLength(1)
    expect((await ann.getSession(sessionId)).assignee?.name).toBe(winner.identity.name)
  })
})
