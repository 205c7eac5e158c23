import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLOSED_COUNT_CAP } from '../../src/actions/list-sessions'
import { startSession } from '../support/fixtures'
import { startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
const closedIds: string[] = []
beforeAll(async () => {
  h = await startHarness()
  // More closed sessions than the tab counts.
  const sessions = await Promise.all(
    Array.from({ length: CLOSED_COUNT_CAP + 25 }, (_, i) => startSession(h, { title: `closed ${i}`, history: 0 }))
  )
  for (const { conversationId } of sessions) {
    await h.call('stopHitl', { conversationId })
    closedIds.push(conversationId)
  }
  await startSession(h, { title: 'waiting' })
}, 120_000)
afterAll(() => h.close())

const queueCalls = async (input: object) => {
  h.standin.stats.reset()
  const result = await h.call('listSessions', input)
  return { result, calls: h.standin.stats.calls({ botId: h.botId, by: 'integration', operation: 'listConversations' }) }
}

describe('listSessions with a long history of closed sessions', () => {
  it('counts closed sessions up to a cap and says there are more, at a bounded cost', async () => {
    const { result, calls } = await queueCalls({})
    expect(result.sessions.map((s: any) => s.title)).toEqual(['waiting'])
    expect(result.counts).toMatchObject({ pending: 1, assigned: 0, closedMore: true })
    expect(result.counts.closed).toBeGreaterThanOrEqual(CLOSED_COUNT_CAP)
    expect(result.counts.closed).toBeLessThan(CLOSED_COUNT_CAP + 25)
    // pending and assigned (one page each), then the closed pages up to the cap: never every closed page
    expect(calls).toBeLessThan(2 + (CLOSED_COUNT_CAP + 25) / 20)
  })

  it('pages through every closed session, most recently closed first, none lost or repeated', async () => {
    const seen: { id: string; closedAt: number }[] = []
    let nextToken: string | undefined
    do {
      const page = await h.call('listSessions', { status: 'closed', limit: 30, nextToken })
      expect(page.sessions.length).toBeLessThanOrEqual(30)
      seen.push(...page.sessions)
      nextToken = page.nextToken
    } while (nextToken)
    expect(seen.map((s) => s.id).sort()).toEqual([...closedIds].sort())
    // Botpress orders by its own update time; closedAt is the integration's clock: they agree within a few ms.
    const outOfOrder = seen.filter((s, i) => i > 0 && s.closedAt > seen[i - 1]!.closedAt + 5)
    expect(outOfOrder).toEqual([])
    expect(seen[0]!.closedAt).toBeGreaterThan(seen.at(-1)!.closedAt)
  })

  it("'all' gives the open queue first, then the closed sessions", async () => {
    const first = await h.call('listSessions', { status: 'all', limit: 3 })
    expect(first.sessions.map((s: any) => s.title)).toEqual([
      'waiting',
      expect.stringMatching(/^closed /),
      expect.stringMatching(/^closed /),
    ])
    expect(first.nextToken).toBeDefined()
  })
})
