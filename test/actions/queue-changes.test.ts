import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ana, bo, endUserSays, pluginSays, startSession } from '../support/fixtures'
import { failureOf, startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness({ pageSize: 5 })
})
afterAll(() => h.close())

const summaryOf = async (id: string) => {
  const { sessions } = await h.call('listSessions', { status: 'all', limit: 100 })
  return sessions.find((s: { id: string }) => s.id === id)
}

describe('the queue tells what changed', () => {
  it("shows the end user's last message, masked and cut to 140 characters, and counts their messages", async () => {
    const { conversationId, userId } = await startSession(h, { name: 'Pia Preview' })
    await endUserSays(h, conversationId, userId, 'My card 4111 1111 1111 1111 was charged twice')
    await pluginSays(h, conversationId, { type: 'text', payload: { text: 'the bot speaks' } })
    await endUserSays(h, conversationId, userId, `${'long words '.repeat(30)}end`)
    const s = await summaryOf(conversationId)
    expect(s.endUserMessages).toBe(2)
    expect(s.lastMessage.sender).toBe('end-user')
    expect(s.lastMessage.text).toHaveLength(140)
    expect(s.lastMessage.text.startsWith('long words long words')).toBe(true)

    await endUserSays(h, conversationId, userId, 'Card 4111 1111 1111 1111 again')
    const masked = await summaryOf(conversationId)
    expect(masked.lastMessage.text).toContain('1111')
    expect(masked.lastMessage.text).not.toContain('4111 1111 1111 1111')
    expect(masked.endUserMessages).toBe(3)
  })

  it('a message delivered twice is counted once', async () => {
    const { conversationId, userId } = await startSession(h, { name: 'Ray Redelivered' })
    h.standin.faults.set({ redeliverRate: 1 })
    try {
      await endUserSays(h, conversationId, userId, 'hello?')
    } finally {
      h.standin.faults.set({ redeliverRate: 0 })
    }
    expect((await summaryOf(conversationId)).endUserMessages).toBe(1)
  })

  it("each agent's read marker: unread rises as the end user writes and clears when the agent reads", async () => {
    const { conversationId, userId } = await startSession(h, { name: 'Una Unread' })
    await endUserSays(h, conversationId, userId, 'first')
    await endUserSays(h, conversationId, userId, 'second')
    const unread = async (agent: typeof ana) => {
      const { markers } = await h.call('getReadMarkers', { agent })
      return (await summaryOf(conversationId)).endUserMessages - (markers[conversationId] ?? 0)
    }
    expect(await unread(ana)).toBe(2)
    await h.call('markSessionRead', { conversationId, agent: ana, endUserMessages: 2 })
    expect(await unread(ana)).toBe(0)
    expect(await unread(bo)).toBe(2)
    await endUserSays(h, conversationId, userId, 'third')
    expect(await unread(ana)).toBe(1)
    // A marker beyond what the end user wrote is held to it: later messages still count as unread.
    await h.call('markSessionRead', { conversationId, agent: bo, endUserMessages: 99 })
    await endUserSays(h, conversationId, userId, 'fourth')
    expect(await unread(bo)).toBe(1)
  })

  it('refuses to mark a conversation that is not a session of this bot, and writes nothing', async () => {
    const message = await failureOf(
      h.call('markSessionRead', { conversationId: 'conv_01HZZZZZZZZZZZZZZZZZZZZZZZ', agent: ana, endUserMessages: 1 })
    )
    expect(message).toMatch(/No HITL session "conv_01HZZZZZZZZZZZZZZZZZZZZZZZ"/)
    const { markers } = await h.call('getReadMarkers', { agent: ana })
    expect(markers).not.toHaveProperty('conv_01HZZZZZZZZZZZZZZZZZZZZZZZ')
  })
})

describe('searching sessions', () => {
  let target: string
  beforeAll(async () => {
    const found = await startSession(h, { name: 'Sam Searched', title: 'Delivery question' })
    target = found.conversationId
    await endUserSays(h, target, found.userId, 'The parcel for the Zürich office never arrived')
    await endUserSays(h, target, found.userId, 'Any news?')
    // Newer sessions, so the target is not among the most recent few.
    for (let i = 0; i < 6; i++) await startSession(h, { name: `Other ${i}`, title: 'Refund request' })
  })

  it('finds a session by the words of an older message, the end user name and the title, accents and case ignored', async () => {
    const byMessage = await h.call('searchSessions', { query: 'zurich OFFICE' })
    expect(byMessage.results.map((r: { session: { id: string } }) => r.session.id)).toEqual([target])
    expect(byMessage.results[0]).toMatchObject({ matched: 'message' })
    expect(byMessage.results[0].excerpt).toContain('Zürich office')
    expect((await h.call('searchSessions', { query: 'sam sear' })).results[0]).toMatchObject({ matched: 'endUserName' })
    expect((await h.call('searchSessions', { query: 'delivery' })).results[0]).toMatchObject({ matched: 'title' })
  })

  it('stays within its bounds and says so: complete is false, and the calls are bounded', async () => {
    await h.standin.idle()
    h.standin.stats.reset()
    const bounded = await h.call('searchSessions', { query: 'zurich', sessions: 3, messagePages: 2 })
    expect(bounded).toMatchObject({ results: [], scanned: 3, complete: false })
    const calls = h.standin.stats.byOperation({ botId: h.botId, by: 'integration' })
    expect(calls).toEqual({ listConversations: 1, listMessages: 2 })
    const noPages = await h.call('searchSessions', { query: 'zurich', messagePages: 0 })
    expect(noPages.complete).toBe(false)
  })

  it('refuses a query too short to mean anything, naming the field', async () => {
    expect(await failureOf(h.call('searchSessions', { query: ' a ' }))).toMatch(/query/)
  })
})
