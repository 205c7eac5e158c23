import { describe, expect, it } from 'vitest'
import { actorName, changeText, type Change } from '../client/hitl/timeline-text'

const maya = { kind: 'agent' as const, email: 'maya@acme.test', name: 'Maya' }
const liam = { kind: 'agent' as const, email: 'liam@acme.test', name: 'Liam' }
const line = (change: Change, me: { email: string }) => `${actorName(change.by, me)} ${changeText(change, me)}`
const assigned = (by: Change['by'], agent: Change['agent'], from = 'pending'): Change => ({
  from,
  to: 'assigned',
  at: 1,
  by,
  agent,
  why: '',
})

describe('timeline lines', () => {
  it('an agent who took the session herself reads as a take, not "Maya assigned the session to Maya"', () => {
    expect(line(assigned(maya, maya), liam)).toBe('Maya took the session')
    expect(line(assigned(maya, maya), maya)).toBe('You took the session')
    expect(line(assigned(maya, maya, 'assigned'), liam)).toBe('Maya took the session over')
  })

  it('an assignment or transfer to someone else names them, "you" in their own tab', () => {
    expect(line(assigned(liam, maya), liam)).toBe('You assigned the session to Maya')
    expect(line(assigned(liam, maya), maya)).toBe('Liam assigned the session to you')
    expect(line(assigned(liam, maya, 'assigned'), { email: 'bo@acme.test' })).toBe(
      'Liam transferred the session to Maya'
    )
  })

  it('an automatic assignment is by the routing, to the agent it chose', () => {
    const auto = assigned({ kind: 'system', name: 'Auto-assignment' }, maya)
    expect(line(auto, liam)).toBe('Auto-assignment assigned the session to Maya')
    expect(line(auto, maya)).toBe('Auto-assignment assigned the session to you')
  })
})
