import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'
import { agent, EndUser, sessionIdOf, textsOf } from './support/people'

let bp: OfflineBotpress
beforeAll(async () => {
  bp = await startOfflineBotpress({
    seed: 11,
    botConfiguration: {
      handoffText: '',
      agentAssignedText: '{agentName} is here.',
      stoppedText: 'Back to the bot.',
      closeCommand: '/bye',
      userEndedText: 'Bye from the agent side.',
      useHumanAgentInfo: false,
      flowOnHitlStopped: false,
    },
  })
})
afterAll(async () => bp?.close())

describe("the bot builder's handoff options", () => {
  it('change what is said, the close command, whether agents show their name, and whether the flow resumes', async () => {
    const zoe = EndUser.open(bp.standin, bp.botId, 'Zoe Options')
    const ann = agent(bp.desk, 'Ann Agent')
    zoe.say('/human')
    await bp.standin.idle()
    expect(zoe.received()).toEqual([]) // an empty handoff text means silence
    const sessionId = await sessionIdOf(bp.desk, zoe)

    await ann.take(sessionId)
    await zoe.waitForText('An agent is here.')
    await ann.write(sessionId, 'hello from the desk')
    const seen = await zoe.waitForText('hello from the desk')
    expect(seen.at(-1)?.tags.agentName).toBeUndefined()

    zoe.say('/end') // not the close command here: it goes to the agent
    zoe.say('/BYE')
    await zoe.waitForText('Bye from the agent side.')
    await bp.standin.idle()
    const session = await ann.getSession(sessionId)
    expect(session.status).toBe('closed')
    expect(textsOf(session.messages)).toEqual(['hello from the desk', '/end', '( The user has ended the session. )'])
    // With flowOnHitlStopped off, the bot waits for the end user instead of carrying on.
    expect(zoe.receivedTexts()).toEqual(['An agent is here.', 'hello from the desk', 'Bye from the agent side.'])
  })
})
