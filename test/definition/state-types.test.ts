import { describe, expect, it } from 'vitest'
import definition from '../../integration.definition'

describe('the definition fits Botpress limits', () => {
  it('declares its states with a type Botpress serves, the session ones per conversation', () => {
    const states: Record<string, { type: string }> = definition.states ?? {}
    for (const state of Object.values(states)) expect(['conversation', 'user', 'integration']).toContain(state.type)
    for (const name of ['transcript', 'transcript2', 'transcript3', 'timeline', 'claim'])
      expect(states[name]?.type).toBe('conversation')
    // The round-robin cursor is one per installation, shared by every session.
    expect(states.routingCursor?.type).toBe('integration')
  })
})
