import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ana, endUserSays, history, key } from '../support/fixtures'
import { failureOf, startHarness, type Harness } from '../support/hitl-harness'
import { clockAt } from '../support/test-clock'
import { MAX_ABANDONED_PER_CALL } from '../../src/session/abandon-session'

const MIN = 60_000
let h: Harness
beforeAll(async () => {
  h = await startHarness({ configuration: { endUser: { silentAfterMinutes: 5, abandonPendingAfterMinutes: 30 } } })
})
afterAll(() => h.close())
afterEach(() => vi.useRealTimers())

let day = 0
/** Each test on a day of its own, so no session of another test is abandoned by this one's clock. */
const newDay = () => Date.UTC(2031, 0, ++day, 9)

const openSession = async (name: string) => {
  const { userId } = await h.call('createUser', { name, email: `${key()}@shop.test` })
  const start = { userId, title: `Help for ${name}`, messageHistory: history(2) }
  const { conversationId } = await h.call('startHitl', start)
  return { userId, conversationId: conversationId as string, start }
}
const summaryOf = async (id: string) => {
  const { sessions } = await h.call('listSessions', { status: 'all', limit: 100 })
  return sessions.find((s: { id: string }) => s.id === id)
}
const stopsOf = (conversationId: string) =>
  h.emitted().filter((e) => e.type.endsWith('hitlStopped') && e.payload.conversationId === conversationId)

describe('the end user left', () => {
  it('shows an end user silent past the configured time, and no longer once they write', async () => {
    const t0 = newDay()
    clockAt(t0)
    const { conversationId, userId } = await openSession('Sia Silent')
    clockAt(t0 + 4 * MIN)
    expect((await summaryOf(conversationId)).endUserSilentMs).toBeUndefined()
    clockAt(t0 + 6 * MIN)
    expect((await summaryOf(conversationId)).endUserSilentMs).toBe(6 * MIN)
    await endUserSays(h, conversationId, userId, 'still here')
    expect((await summaryOf(conversationId)).endUserSilentMs).toBeUndefined()
    await h.call('stopHitl', { conversationId })
  })

  it('shows that the end user asked again from another conversation; a retry of the first card does not', async () => {
    clockAt(newDay())
    const { conversationId, userId, start } = await openSession('Noa New')
    await h.call('startHitl', start)
    expect((await summaryOf(conversationId)).endUserNewConversationAt).toBeUndefined()
    const again = await h.call('startHitl', { userId, title: 'Help again', messageHistory: history(5) })
    expect(again.conversationId).toBe(conversationId)
    const { session } = await h.call('getSession', { conversationId })
    expect(session.endUserNewConversationAt).toBe(Date.now())
    await h.call('stopHitl', { conversationId })
  })

  it('closes an abandoned pending session by itself when the queue is read: reason recorded, the plugin told once', async () => {
    const t0 = newDay()
    clockAt(t0)
    const { conversationId, userId } = await openSession('Abe Abandoned')
    clockAt(t0 + 10 * MIN)
    await endUserSays(h, conversationId, userId, 'hello?')
    const taken = await openSession('Tim Taken')
    await h.call('assignAgent', { conversationId: taken.conversationId, agent: ana })

    clockAt(t0 + 39 * MIN)
    expect((await summaryOf(conversationId)).status).toBe('pending')
    clockAt(t0 + 41 * MIN)
    const { sessions, counts } = await h.call('listSessions', {})
    expect(sessions.map((s: { id: string }) => s.id)).not.toContain(conversationId)
    expect(sessions.map((s: { id: string }) => s.id)).toContain(taken.conversationId)
    expect(counts.pending).toBe(0)
    const { session } = await h.call('getSession', { conversationId })
    expect(session).toMatchObject({ status: 'closed', closeReason: 'timeout', closedAt: t0 + 41 * MIN })
    expect(session.timeline.at(-1)).toMatchObject({ to: 'closed', by: { kind: 'system' } })
    expect(session.timeline.at(-1).why).toMatch(/abandoned/)
    await h.call('listSessions', {})
    await h.standin.idle()
    expect(stopsOf(conversationId)).toHaveLength(1)
    await h.call('stopHitl', { conversationId: taken.conversationId })
  })

  it('the sweep closes what listSessions would, and again closes nothing', async () => {
    const t0 = newDay()
    clockAt(t0)
    const { conversationId } = await openSession('Sol Swept')
    clockAt(t0 + 31 * MIN)
    const first = await h.call('sweepAbandoned', {})
    expect(first.closed).toEqual([conversationId])
    expect(await h.call('sweepAbandoned', {})).toEqual({ enabled: true, closed: [], pending: 0 })
    expect((await summaryOf(conversationId)).closeReason).toBe('timeout')
  })

  it('a long queue of abandoned sessions closes over several sweeps, a bounded number at a time, longest silent first', async () => {
    const t0 = newDay()
    clockAt(t0)
    const opened: string[] = []
    for (let i = 0; i < MAX_ABANDONED_PER_CALL + 2; i++) {
      clockAt(t0 + i * 1000)
      opened.push((await openSession(`Many ${i}`)).conversationId)
    }
    clockAt(t0 + 31 * MIN)
    const first = await h.call('sweepAbandoned', {})
    expect(first).toMatchObject({ pending: 2 })
    expect(first.closed).toHaveLength(MAX_ABANDONED_PER_CALL)
    expect(first.closed).toEqual(expect.arrayContaining(opened.slice(0, MAX_ABANDONED_PER_CALL)))
    const second = await h.call('sweepAbandoned', {})
    expect(second).toMatchObject({ pending: 0 })
    expect(second.closed.sort()).toEqual(opened.slice(MAX_ABANDONED_PER_CALL).sort())
  })

  it('an agent taking the session at the same moment keeps it', async () => {
    const t0 = newDay()
    clockAt(t0)
    const { conversationId } = await openSession('Ida Inflight')
    clockAt(t0 + 31 * MIN)
    const takeTags = h.standin.pauseNext('updateConversation', { by: 'integration' })
    const take = h.call('assignAgent', { conversationId, agent: ana })
    await takeTags.reached
    expect((await h.call('sweepAbandoned', {})).closed).toEqual([])
    takeTags.release()
    await take
    expect(await summaryOf(conversationId)).toMatchObject({ status: 'assigned' })
    await h.standin.idle()
    expect(stopsOf(conversationId)).toHaveLength(0)
    await h.call('stopHitl', { conversationId })
  })

  it('once the close holds the session, a take at the same moment is refused and the session closes once', async () => {
    const t0 = newDay()
    clockAt(t0)
    const { conversationId } = await openSession('Kai Crossing')
    clockAt(t0 + 31 * MIN)
    const closeTags = h.standin.pauseNext('updateConversation', { by: 'integration' })
    const sweep = h.call('sweepAbandoned', {})
    await closeTags.reached
    expect(await failureOf(h.call('assignAgent', { conversationId, agent: ana }))).toMatch(
      /closed at the same moment \(timeout\)/
    )
    closeTags.release()
    await sweep
    expect(await summaryOf(conversationId)).toMatchObject({ status: 'closed', closeReason: 'timeout' })
    await h.standin.idle()
    expect(stopsOf(conversationId)).toHaveLength(1)
  })

  it('a close that died after claiming the session is finished by the next agent who tries to take it', async () => {
    const t0 = newDay()
    clockAt(t0)
    const { conversationId, userId } = await openSession('Dee Died')
    clockAt(t0 + 31 * MIN)
    const closeTags = h.standin.pauseNext('updateConversation', { by: 'integration' })
    const sweep = h.call('sweepAbandoned', {})
    await closeTags.reached
    // Botpress stays down past the integration's retries: the sweep fails with its claim written, nothing else.
    h.standin.faults.set({ integrationOutageRequests: 20 })
    closeTags.release()
    await expect(sweep).rejects.toThrow()
    h.standin.faults.set({ integrationOutageRequests: 0 })
    expect((await h.call('getSession', { conversationId })).session.status).toBe('pending')

    // The end user writes again (no longer abandoned), yet the close already decided stands.
    await endUserSays(h, conversationId, userId, 'anyone?')
    expect(await failureOf(h.call('assignAgent', { conversationId, agent: ana }))).toMatch(/closed at the same moment/)
    expect((await h.call('getSession', { conversationId })).session).toMatchObject({
      status: 'closed',
      closeReason: 'timeout',
    })
    await h.standin.idle()
    expect(stopsOf(conversationId)).toHaveLength(1)
  })
})
