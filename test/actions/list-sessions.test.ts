import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ana, bo, startSession } from '../support/fixtures'
import { failureOf, startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
const ids: Record<string, string> = {}
beforeAll(async () => {
  // A small page size so the queue spans several Botpress pages.
  h = await startHarness({ pageSize: 3 })
  for (const [name, priority] of [
    ['normal-1', 'normal'],
    ['low', 'low'],
    ['urgent', 'urgent'],
    ['normal-2', 'normal'],
    ['high', 'high'],
    ['ana-1', 'normal'],
    ['bo-1', 'high'],
    ['closed', 'normal'],
  ] as const) {
    ids[name] = (await startSession(h, { priority, title: name })).conversationId
  }
  await h.call('assignAgent', { conversationId: ids['ana-1'], agent: ana })
  await h.call('assignAgent', { conversationId: ids['bo-1'], agent: bo })
  await h.call('stopHitl', { conversationId: ids.closed })
})
afterAll(() => h.close())

const titles = (sessions: { title: string }[]) => sessions.map((s) => s.title)

describe('listSessions', () => {
  it('lists open sessions pending first, by priority then waiting time, with counts per status', async () => {
    const { sessions, counts } = await h.call('listSessions', {})
    expect(titles(sessions)).toEqual(['urgent', 'high', 'normal-1', 'normal-2', 'low', 'bo-1', 'ana-1'])
    expect(counts).toEqual({ pending: 5, assigned: 2, closed: 1 })
    expect(sessions[0].waitingMs).toBeGreaterThanOrEqual(0)
  })

  it('filters by status and by assignee', async () => {
    expect(titles((await h.call('listSessions', { status: 'closed' })).sessions)).toEqual(['closed'])
    expect(
      titles((await h.call('listSessions', { status: 'assigned', assigneeEmail: 'ANA@desk.test' })).sessions)
    ).toEqual(['ana-1'])
    const all = await h.call('listSessions', { status: 'all' })
    expect(all.sessions).toHaveLength(8)
  })

  it('pages through the queue without losing or repeating a session', async () => {
    const seen: string[] = []
    let nextToken: string | undefined
    do {
      const page = await h.call('listSessions', { status: 'all', limit: 3, nextToken })
      seen.push(...titles(page.sessions))
      nextToken = page.nextToken
    } while (nextToken)
    expect(seen).toEqual(titles((await h.call('listSessions', { status: 'all', limit: 100 })).sessions))
    expect(new Set(seen).size).toBe(8)
  })

  it('refuses a token it did not hand out', async () => {
    expect(await failureOf(h.call('listSessions', { nextToken: 'abc' }))).toMatch(/nextToken "abc"/)
  })
})
