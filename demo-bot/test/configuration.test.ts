import { describe, expect, it } from 'vitest'
import { isCommand, readConfiguration } from '../src/state/configuration'

describe('the handoff configuration', () => {
  it("has the plugin's options, with their defaults", () => {
    const config = readConfiguration(undefined)
    expect(config).toMatchObject({
      closeCommand: '/end',
      agentAssignedTimeoutSeconds: 0,
      useHumanAgentInfo: true,
      flowOnHitlStopped: true,
      userCancelledText: '( The user has ended the session. )',
    })
    for (const text of [
      config.handoffText,
      config.agentAssignedText,
      config.stoppedText,
      config.userEndedText,
      config.assignmentTimeoutText,
    ])
      expect(text.length).toBeGreaterThan(0)
  })

  it("takes Botpress's configuration over the bot server's fallback", () => {
    const fromBotpress = readConfiguration(
      { payload: JSON.stringify({ closeCommand: '/bye' }) },
      { closeCommand: '/quit' }
    )
    expect(fromBotpress.closeCommand).toBe('/bye')
    expect(readConfiguration({}, { closeCommand: '/quit' }).closeCommand).toBe('/quit')
  })

  it('refuses a configuration that could not work', () => {
    expect(() => readConfiguration(undefined, { agentAssignedTimeoutSeconds: -1 })).toThrow()
    expect(() => readConfiguration(undefined, { closeCommand: '' })).toThrow()
  })

  it('recognises a command typed in any case, with spaces around', () => {
    expect(isCommand('  /END ', '/end')).toBe(true)
    expect(isCommand('/end now', '/end')).toBe(false)
    expect(isCommand(undefined, '/end')).toBe(false)
  })
})
