import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ana, endUserSays, key, startSession } from '../support/fixtures'
import { startHarness, type Harness } from '../support/hitl-harness'
import { clockAt } from '../support/test-clock'

const MIN = 60_000
const sla = {
  urgent: { firstResponseMinutes: 5, resolutionMinutes: 30 },
  low: { firstResponseMinutes: 10 },
  warningPercent: 20,
}

let h: Harness
beforeAll(async () => {
  h = await startHarness({ configuration: { sla } })
})
afterAll(() => h.close())
afterEach(() => vi.useRealTimers())

const summaryOf = async (id: string) => {
  const { sessions } = await h.call('listSessions', { status: 'all', limit: 100 })
  return sessions.find((s: { id: string }) => s.id === id)
}

describe('service levels in the queue', () => {
  it('reports due time and time left, then at risk, then breached, for each target of the priority', async () => {
    const t0 = Date.UTC(2030, 0, 1, 9)
    clockAt(t0)
    const { conversationId } = await startSession(h, { priority: 'urgent', title: 'sla-urgent' })

    clockAt(t0 + 2 * MIN)
    const fresh = await summaryOf(conversationId)
    expect(fresh.sla.state).toBe('onTrack')
    expect(fresh.sla.firstResponse).toMatchObject({ dueAt: t0 + 5 * MIN, remainingMs: 3 * MIN, breached: false })
    expect(fresh.sla.resolution).toMatchObject({ dueAt: t0 + 30 * MIN, remainingMs: 28 * MIN })

    clockAt(t0 + 4.5 * MIN)
    expect((await summaryOf(conversationId)).sla.state).toBe('atRisk')

    clockAt(t0 + 6 * MIN)
    const late = await summaryOf(conversationId)
    expect(late.sla.state).toBe('breached')
    expect(late.sla.firstResponse).toMatchObject({ breached: true, remainingMs: -1 * MIN })
    const { session } = await h.call('getSession', { conversationId })
    expect(session.sla).toEqual(late.sla)
    await h.call('stopHitl', { conversationId })
  })

  it('a breached low-priority session comes before a fresh urgent one in the pending queue', async () => {
    const t0 = Date.UTC(2030, 0, 2, 9)
    clockAt(t0)
    const low = await startSession(h, { priority: 'low', title: 'sla-low' })
    clockAt(t0 + 11 * MIN)
    const urgent = await startSession(h, { priority: 'urgent', title: 'sla-urgent-fresh' })
    const normal = await startSession(h, { priority: 'normal', title: 'sla-normal-no-target' })
    const { sessions } = await h.call('listSessions', { status: 'pending' })
    expect(sessions.map((s: { title: string }) => s.title)).toEqual([
      'sla-low',
      'sla-urgent-fresh',
      'sla-normal-no-target',
    ])
    expect(sessions[0].sla.state).toBe('breached')
    expect(sessions[2].sla).toBeUndefined()
    for (const s of [low, urgent, normal]) await h.call('stopHitl', { conversationId: s.conversationId })
  })

  it('the first answer meets the first-response target, and the queue knows it without reading messages', async () => {
    const t0 = Date.UTC(2030, 0, 3, 9)
    clockAt(t0)
    const { conversationId, userId } = await startSession(h, { priority: 'urgent', title: 'sla-answered' })
    await h.call('assignAgent', { conversationId, agent: ana })
    await endUserSays(h, conversationId, userId, 'Anyone there?')
    clockAt(t0 + 3 * MIN)
    const send = (text: string) =>
      h.call('sendAgentMessage', {
        conversationId,
        agent: ana,
        message: { type: 'text', payload: { text } },
        idempotencyKey: key(),
      })
    await send('Hello, I am here')
    clockAt(t0 + 4 * MIN)
    await send('Let me check')

    clockAt(t0 + 20 * MIN)
    const answered = await summaryOf(conversationId)
    expect(answered.firstResponseAt).toBe(t0 + 3 * MIN)
    expect(answered.sla.firstResponse).toMatchObject({ met: true, breached: false, remainingMs: 2 * MIN })
    expect(answered.sla.state).toBe('onTrack')
    await h.call('stopHitl', { conversationId })
  })

  it('an answer that takes a pending session records the first response in the same write as the take', async () => {
    const t0 = Date.UTC(2030, 0, 4, 9)
    clockAt(t0)
    const { conversationId } = await startSession(h, { priority: 'urgent', title: 'sla-answer-takes' })
    clockAt(t0 + 1 * MIN)
    await h.standin.idle()
    h.standin.stats.reset()
    await h.call('sendAgentMessage', {
      conversationId,
      agent: ana,
      message: { type: 'text', payload: { text: 'Hi' } },
      idempotencyKey: key(),
    })
    await h.standin.idle()
    expect(h.standin.stats.calls({ botId: h.botId, by: 'integration', operation: 'updateConversation' })).toBe(1)
    const taken = await summaryOf(conversationId)
    expect(taken).toMatchObject({ status: 'assigned', firstResponseAt: t0 + 1 * MIN })
    expect(taken.sla.firstResponse.met).toBe(true)
    await h.call('stopHitl', { conversationId })
  })
})
