import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { history, key, startSession } from '../support/fixtures'
import { failureOf, startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

const tagsOf = async (conversationId: string) => (await h.api.getConversation({ id: conversationId })).conversation.tags

describe('startHitl', () => {
  it('opens a pending session in the HITL tab with title, priority, end user and creation time', async () => {
    const before = Date.now()
    const { conversationId, userId } = await startSession(h, { priority: 'high', title: 'Card title' })
    const tags = await tagsOf(conversationId)
    expect(tags).toMatchObject({
      'hitl:status': 'pending',
      'hitl:priority': 'high',
      'hitl:title': 'Card title',
      'hitl:endUser': userId,
    })
    expect(Number(tags['hitl:createdAt'])).toBeGreaterThanOrEqual(before)
    const { conversation } = await h.api.getConversation({ id: conversationId })
    expect(conversation.channel).toBe('hitl')
  })

  it('keeps the history for the agent without writing it as messages the plugin would relay', async () => {
    const { conversationId } = await startSession(h, { history: 1000 })
    const { messages } = await h.api.listMessages({ conversationId })
    expect(messages).toHaveLength(0)
    const { session } = await h.call('getSession', { conversationId })
    expect(session.transcript).toHaveLength(1000)
    expect(session.transcript[0]).toMatchObject({ source: 'user', payload: { text: 'history message 0' } })
    expect(session.transcript[999]).toMatchObject({ source: 'bot', payload: { text: 'history message 999' } })
    expect(session.description).toBe('The user wants a refund for order 42')
  })

  it('makes the same number of API calls for a history of 10 and of 1,000 messages', async () => {
    const { userId } = await h.call('createUser', { name: 'Count', email: `${key()}@example.test` })
    const { userId: other } = await h.call('createUser', { name: 'Count 2', email: `${key()}@example.test` })
    const callsFor = async (user: string, size: number) => {
      h.standin.stats.reset()
      await h.call('startHitl', { userId: user, title: 't', messageHistory: history(size) })
      return h.standin.stats.calls({ botId: h.botId, by: 'integration' })
    }
    const small = await callsFor(userId, 10)
    const large = await callsFor(other, 1000)
    expect(small).toBeGreaterThan(0)
    expect(large).toBe(small)
  })

  it('gives a second card for the same end user the session already open, not a duplicate', async () => {
    const { conversationId, userId } = await startSession(h)
    const again = await h.call('startHitl', { userId, title: 'Again', messageHistory: history(1) })
    expect(again.conversationId).toBe(conversationId)
    expect((await tagsOf(conversationId))['hitl:title']).toBe('Refund request')
  })

  it('refuses an unknown user with a sentence, and creates nothing', async () => {
    const before = (await h.api.listConversations({})).conversations.length
    expect(
      await failureOf(h.call('startHitl', { userId: 'user_01NOPE00000000000000000000', messageHistory: [] }))
    ).toMatch(/userId "user_01NOPE00000000000000000000" is not a user of this bot/)
    expect((await h.api.listConversations({})).conversations.length).toBe(before)
  })

  it('refuses bad input naming the field, before writing anything', async () => {
    const { userId } = await h.call('createUser', { name: 'Bad', email: `${key()}@example.test` })
    const before = (await h.api.listConversations({})).conversations.length
    expect(await failureOf(h.call('startHitl', { userId }))).toMatch(/startHitl.*messageHistory/)
    expect(
      await failureOf(h.call('startHitl', { userId, messageHistory: [], hitlSession: { priority: 'asap' } }))
    ).toMatch(/hitlSession\.priority/)
    expect((await h.api.listConversations({})).conversations.length).toBe(before)
  })
})

describe('stopHitl', () => {
  it('closes the session with its reason and never echoes hitlStopped', async () => {
    const { conversationId } = await startSession(h)
    await h.call('stopHitl', { conversationId })
    const tags = await tagsOf(conversationId)
    expect(tags).toMatchObject({ 'hitl:status': 'closed', 'hitl:closeReason': 'bot', 'hitl:closedBy': 'bot' })
    expect(Number(tags['hitl:closedAt'])).toBeGreaterThan(0)
    expect(
      h.emitted().filter((e) => e.type.endsWith('hitlStopped') && e.conversationId === conversationId)
    ).toHaveLength(0)
  })

  it('is idempotent', async () => {
    const { conversationId } = await startSession(h)
    await h.call('stopHitl', { conversationId })
    const first = await tagsOf(conversationId)
    await h.call('stopHitl', { conversationId })
    expect(await tagsOf(conversationId)).toEqual(first)
  })

  it('lets the same end user start a new session once the last one closed', async () => {
    const { conversationId, userId } = await startSession(h)
    await h.call('stopHitl', { conversationId })
    const next = await h.call('startHitl', { userId, title: 'Next', messageHistory: [] })
    expect(next.conversationId).not.toBe(conversationId)
  })

  it('refuses an unknown conversation and one that is not a HITL session, clearly', async () => {
    expect(await failureOf(h.call('stopHitl', { conversationId: 'conv_01NOPE00000000000000000000' }))).toMatch(
      /No HITL session "conv_01NOPE00000000000000000000"/
    )
    const { conversationId } = await h.standin.chat.open(h.botId, { name: 'Chatter' })
    expect(await failureOf(h.call('stopHitl', { conversationId }))).toMatch(
      /No HITL session|is not a HITL session of this integration/
    )
  })
})

describe('unknown operations', () => {
  it('an unknown action gets a clear error', async () => {
    expect(await failureOf(h.call('reopenSession', {}))).toMatch(/reopenSession/)
  })
})
