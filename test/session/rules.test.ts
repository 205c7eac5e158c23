import { describe, expect, it } from 'vitest'
import { agentMessage, assign, close, queueOrder, waitingMs } from '../../src/session/rules'
import type { Agent, Session } from '../../src/session/session'

const ana: Agent = { userId: 'user_ana', email: 'ana@desk.test', name: 'Ana' }
const bo: Agent = { userId: 'user_bo', email: 'bo@desk.test', name: 'Bo' }
const pending = (over: Partial<Session> = {}): Session => ({
  id: 'conv_1',
  status: 'pending',
  title: 'Refund',
  priority: 'normal',
  endUser: { id: 'user_end' },
  createdAt: 1_000,
  ...over,
})
const assignedTo = (agent: Agent, over: Partial<Session> = {}) =>
  pending({ status: 'assigned', assignee: agent, assignedAt: 2_000, firstAssignedAt: 2_000, ...over })
const closed = pending({ status: 'closed', closedAt: 3_000, closeReason: 'resolved' })

describe('assigning an agent', () => {
  it('takes a pending session: status, assignee, timestamps and the hitlAssigned event', () => {
    const d = assign(pending(), ana, ana, 5_000)
    expect(d.kind).toBe('change')
    if (d.kind !== 'change') return
    expect(d.tags).toMatchObject({
      status: 'assigned',
      assignee: 'user_ana',
      assigneeEmail: 'ana@desk.test',
      assignedAt: '5000',
      firstAssignedAt: '5000',
    })
    expect(d.emit).toEqual([{ type: 'hitlAssigned', userId: 'user_ana' }])
    expect(d.transition).toMatchObject({
      from: 'pending',
      to: 'assigned',
      at: 5_000,
      why: 'taken by the agent',
      by: { email: 'ana@desk.test' },
    })
  })

  it('records who assigned another agent', () => {
    const d = assign(pending(), bo, ana, 5_000)
    expect(d.kind === 'change' && d.transition.why).toBe('assigned by Ana')
  })

  it('transfers to another agent with a new event, keeping the first assignment time', () => {
    const d = assign(assignedTo(ana), bo, ana, 6_000)
    expect(d.kind).toBe('change')
    if (d.kind !== 'change') return
    expect(d.tags.assignee).toBe('user_bo')
    expect(d.tags).not.toHaveProperty('firstAssignedAt')
    expect(d.emit).toEqual([{ type: 'hitlAssigned', userId: 'user_bo' }])
    expect(d.transition.why).toBe('transferred from Ana')
  })

  it('is a no-op (no second event) when the agent already holds the session', () => {
    expect(assign(assignedTo(ana), ana, ana, 6_000)).toEqual({ kind: 'unchanged' })
  })

  it('is refused on a closed session, with the reason it closed', () => {
    const d = assign(closed, ana, ana, 6_000)
    expect(d).toMatchObject({ kind: 'refused' })
    expect(d.kind === 'refused' && d.reason).toMatch(/closed \(resolved\)/)
  })
})

describe('an agent message', () => {
  it('on a pending session assigns the writer first', () => {
    const d = agentMessage(pending(), bo, 5_000)
    expect(d.kind === 'change' && d.emit).toEqual([{ type: 'hitlAssigned', userId: 'user_bo' }])
  })
  it("is refused in another agent's session, naming the holder", () => {
    const d = agentMessage(assignedTo(ana), bo, 5_000)
    expect(d.kind === 'refused' && d.reason).toMatch(/assigned to Ana <ana@desk.test>/)
  })
  it('is refused on a closed session', () => {
    expect(agentMessage(closed, ana, 5_000).kind).toBe('refused')
  })
  it("goes through in the agent's own session", () => {
    expect(agentMessage(assignedTo(ana), ana, 5_000)).toEqual({ kind: 'unchanged' })
  })
})

describe('closing', () => {
  it('by an agent records the reason and emits hitlStopped', () => {
    const d = close(assignedTo(ana), 'agent', { kind: 'agent', email: 'ana@desk.test' }, 9_000, 'refund issued')
    expect(d.kind === 'change' && d.tags).toMatchObject({
      status: 'closed',
      closedAt: '9000',
      closedBy: 'ana@desk.test',
      closeReason: 'refund issued',
      openFor: '',
    })
    expect(d.kind === 'change' && d.emit).toEqual([{ type: 'hitlStopped' }])
  })
  it('closing an abandoned session itself (timeout) tells the plugin, which did not make the close', () => {
    const d = close(pending(), 'timeout', { kind: 'system' }, 9_000)
    expect(d.kind === 'change' && d.emit).toEqual([{ type: 'hitlStopped' }])
    expect(d.kind === 'change' && d.transition.why).toMatch(/abandoned/)
  })
  it.each(['bot', 'end-user'] as const)('by the %s never echoes hitlStopped back', (source) => {
    const d = close(pending(), source, { kind: 'bot' }, 9_000)
    expect(d.kind === 'change' && d.emit).toEqual([])
    expect(d.kind === 'change' && d.tags.closeReason).toBe(source)
  })
  it('twice is a no-op', () => {
    expect(close(closed, 'agent', { kind: 'agent' }, 9_000, 'again')).toEqual({ kind: 'unchanged' })
  })
})

describe('the queue', () => {
  it('lists pending first by priority then longest wait, then assigned, then the latest closed', () => {
    const sessions: Session[] = [
      assignedTo(ana, { id: 'assigned' }),
      pending({ id: 'normal-old', createdAt: 1 }),
      pending({ id: 'urgent-new', priority: 'urgent', createdAt: 50 }),
      pending({ id: 'normal-new', createdAt: 40 }),
      { ...closed, id: 'closed-old', closedAt: 10 },
      { ...closed, id: 'closed-new', closedAt: 20 },
      pending({ id: 'low', priority: 'low', createdAt: 0 }),
    ]
    expect(sessions.sort(queueOrder).map((s) => s.id)).toEqual([
      'urgent-new',
      'normal-old',
      'normal-new',
      'low',
      'assigned',
      'closed-new',
      'closed-old',
    ])
  })
  it('counts the wait until the first agent took the session, or until now while pending', () => {
    expect(waitingMs(pending(), 4_000)).toBe(3_000)
    expect(waitingMs(assignedTo(ana, { firstAssignedAt: 1_500, assignedAt: 3_500 }), 9_000)).toBe(500)
  })
})
