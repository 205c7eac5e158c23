import { describe, expect, it } from 'vitest'
import definition from '../bot.definition'

describe('the demo bot definition', () => {
  it('installs the hitl integration under the alias the handoff calls, and declares what the bot keeps in Botpress', () => {
    expect(Object.keys(definition.integrations ?? {})).toEqual(['hitl'])
    expect(definition.states).toMatchObject({ handoff: { type: 'conversation' }, handoffEnd: { type: 'conversation' } })
    expect(Object.keys(definition.events ?? {}).sort()).toEqual(
      ['agentAssignmentTimeout', 'conversationHandedBack', 'handoffRequested', 'handoffStopRequested'].sort()
    )
    expect(Object.keys(definition.message?.tags ?? {})).toEqual(
      expect.arrayContaining(['upstreamMessage', 'downstreamMessage', 'cause', 'additionalData', 'agentName'])
    )
    expect(Object.keys(definition.user?.tags ?? {})).toEqual(expect.arrayContaining(['downstream', 'upstream']))
    expect(Object.keys(definition.conversation?.tags ?? {})).toEqual(expect.arrayContaining(['downstream', 'upstream']))
  })
})
