import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress, type OfflineOptions } from '../../offline'
import { agent, EndUser, askForHuman } from './support/people'
import { texts } from './support/texts'

/**
 * The handoff as a bot builder installs it for real: under a custom alias, or published under a workspace
 * handle. Everything the bot sees is keyed by the alias, whatever the published name.
 */
const installs: [string, OfflineOptions][] = [
  ['installed under the custom alias `support`', { alias: 'support', integrationName: 'hitl' }],
  ['published as `acme/hitl`, installed as `hitl`', { alias: 'hitl', integrationName: 'acme/hitl' }],
]

describe.each(installs)('a handoff %s', (_, install) => {
  let bp: OfflineBotpress
  beforeAll(async () => {
    bp = await startOfflineBotpress({ seed: 41, ...install })
  })
  afterAll(async () => bp?.close())

  it('relays both ways, tells the end user who joined, and hands back when the agent closes', async () => {
    expect({ alias: bp.alias, name: bp.name }).toEqual({ alias: install.alias, name: install.integrationName })
    const eve = EndUser.open(bp.standin, bp.botId, 'Eve Install')
    const ann = agent(bp.desk, 'Ann Agent', bp.alias)
    const sessionId = await askForHuman(bp.desk, eve)

    await ann.take(sessionId)
    await eve.waitForAgentJoined('Ann Agent')
    await ann.write(sessionId, 'Hello Eve')
    await eve.waitForText('Hello Eve')
    eve.say('thanks')
    await bp.standin.idle()
    await ann.close(sessionId, 'resolved')
    await eve.waitForText(texts.stoppedText)
    await eve.waitForText('Is there anything else I can help you with?')
    await bp.standin.idle()

    const session = await ann.getSession(sessionId)
    expect(session.status).toBe('closed')
    expect(session.messages.map((m) => [m.sender, m.payload.text])).toEqual([
      ['agent', 'Hello Eve'],
      ['end-user', 'thanks'],
    ])
    // The agent's words reached the end user once, and nothing went wrong on the way.
    expect(eve.receivedTexts().filter((t) => t === 'Hello Eve')).toHaveLength(1)
    expect(eve.receivedTexts()).not.toContainEqual(expect.stringMatching(/went wrong/i))
    const { conversation } = await bp.desk.getConversation({ id: sessionId })
    expect(conversation.integration).toBe(install.alias)
  })
})
