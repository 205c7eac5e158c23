import { describe, expect, it } from 'vitest'
import type { SessionList, SessionSummary } from '../client/hitl/desk-api'
import { alertsBetween } from '../client/hitl/queue-alerts'

const session = (over: Partial<SessionSummary>): SessionSummary => ({
  id: 'conv_a',
  status: 'pending',
  title: 'Refund',
  priority: 'normal',
  endUser: { id: 'user_a', name: 'Ada Lane' },
  createdAt: 1,
  waitingMs: 0,
  endUserMessages: 1,
  ...over,
})
const list = (...sessions: SessionSummary[]): SessionList => ({
  sessions,
  counts: { pending: 0, assigned: 0, closed: 0 },
})

describe('what the queue alerts the agent of', () => {
  it('a session that arrives and an end user who writes again', () => {
    const before = list(session({}))
    const after = list(
      session({ endUserMessages: 2, lastMessage: { sender: 'end-user', text: 'still there?', at: 2 } }),
      session({ id: 'conv_b', endUser: { id: 'user_b', name: 'Bo Ray' }, title: 'Login' })
    )
    expect(alertsBetween(before, after)).toEqual([
      { kind: 'answered', sessionId: 'conv_a', endUser: 'Ada Lane', text: 'still there?' },
      { kind: 'arrived', sessionId: 'conv_b', endUser: 'Bo Ray', text: 'Bo Ray: Login' },
    ])
  })

  it("never the agent's own actions: taking, answering or closing a session, nor the first read", () => {
    const before = list(session({}))
    const taken = list(
      session({ status: 'assigned', assignee: { id: 'user_m', name: 'Maya' }, firstResponseAt: 5, assignedAt: 4 })
    )
    expect(alertsBetween(before, taken)).toEqual([])
    expect(alertsBetween(taken, list(session({ status: 'closed', closedAt: 9 })))).toEqual([])
    expect(alertsBetween(undefined, before)).toEqual([])
  })
})
