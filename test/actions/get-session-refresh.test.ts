import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { endUserSays, startSession } from '../support/fixtures'
import { failureOf, startHarness, type Harness } from '../support/hitl-harness'

/** A refresh of a session the agent already shows: only what is newer, at the cost of one page. */
type Detail = {
  incremental?: boolean
  transcript: unknown[]
  messages: { id: string; createdAt: string; payload: { text?: string } }[]
}

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

const calls = async (run: () => Promise<unknown>) => {
  await h.standin.idle()
  h.standin.stats.reset()
  await run()
  return h.standin.stats.calls({ botId: h.botId, by: 'integration' })
}

describe('getSession with messagesAfter', () => {
  it('returns only the messages since the newest one shown, without the history, in one page', async () => {
    const { conversationId, userId } = await startSession(h, { history: 50 })
    for (let i = 0; i < 45; i++) await endUserSays(h, conversationId, userId, `live ${i}`)
    let full!: Detail
    const fullCalls = await calls(async () => {
      full = (await h.call('getSession', { conversationId })).session
    })
    expect(full.messages).toHaveLength(45)
    expect(full.transcript.length).toBeGreaterThan(0)

    await endUserSays(h, conversationId, userId, 'one more')
    const newest = full.messages.at(-1)!
    let refresh!: Detail
    const refreshCalls = await calls(async () => {
      refresh = (await h.call('getSession', { conversationId, messagesAfter: newest.createdAt })).session
    })
    expect(refresh.incremental).toBe(true)
    expect(refresh.transcript).toEqual([])
    // The newest one shown may come again (same millisecond); the new one is there, nothing older is.
    expect(refresh.messages.map((m) => m.payload.text)).toContain('one more')
    expect(refresh.messages.every((m) => m.createdAt >= newest.createdAt)).toBe(true)
    expect(refresh.messages.length).toBeLessThanOrEqual(2)
    expect(refreshCalls).toBeLessThan(fullCalls)
  })

  it('refuses a cursor that is not a time, naming the field', async () => {
    const { conversationId } = await startSession(h)
    expect(await failureOf(h.call('getSession', { conversationId, messagesAfter: 'yesterday' }))).toMatch(
      /messagesAfter/
    )
  })
})
