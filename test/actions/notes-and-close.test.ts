import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ana, bo, key, startSession } from '../support/fixtures'
import { startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

const stoppedEvents = (conversationId: string) =>
  h.emitted().filter((e) => e.type === 'hitl:hitlStopped' && e.conversationId === conversationId)

describe('addNote', () => {
  it('keeps internal notes for agents, never as a message of the session', async () => {
    const { conversationId } = await startSession(h)
    await h.call('addNote', { conversationId, agent: ana, text: 'VIP customer, be gentle' })
    await h.call('addNote', { conversationId, agent: bo, text: 'Refund approved by finance' })
    const { session } = await h.call('getSession', { conversationId })
    expect(session.notes.map((n: any) => [n.text, n.by.email])).toEqual([
      ['VIP customer, be gentle', 'ana@desk.test'],
      ['Refund approved by finance', 'bo@desk.test'],
    ])
    expect(session.messages).toHaveLength(0)
    expect((await h.api.listMessages({ conversationId })).messages).toHaveLength(0)
  })

  it('a retried note with the same key is kept once', async () => {
    const { conversationId } = await startSession(h)
    const idempotencyKey = key()
    await h.call('addNote', { conversationId, agent: ana, text: 'once', idempotencyKey })
    await h.call('addNote', { conversationId, agent: ana, text: 'once', idempotencyKey })
    expect((await h.call('getSession', { conversationId })).session.notes).toHaveLength(1)
  })
})

describe('closeSession (Resume chatbot)', () => {
  it('hands back with the reason recorded and hitlStopped exactly once, even when clicked twice', async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana })
    const { session } = await h.call('closeSession', { conversationId, agent: ana, reason: 'refund issued' })
    await h.call('closeSession', { conversationId, agent: ana, reason: 'clicked again' })
    expect(session).toMatchObject({ status: 'closed', closeReason: 'refund issued' })
    expect(stoppedEvents(conversationId).map((e) => e.payload)).toEqual([{ conversationId }])
    const tags = (await h.api.getConversation({ id: conversationId })).conversation.tags
    expect(tags).toMatchObject({ 'hitl:closedBy': 'ana@desk.test', 'hitl:closeReason': 'refund issued' })
  })

  it('after the bot stopped the session, an agent close changes nothing and emits nothing', async () => {
    const { conversationId } = await startSession(h)
    await h.call('stopHitl', { conversationId })
    const { session } = await h.call('closeSession', { conversationId, agent: ana, reason: 'late click' })
    expect(session.closeReason).toBe('bot')
    expect(stoppedEvents(conversationId)).toHaveLength(0)
  })

  it('the agent close and the bot stop crossing: one closer wins, hitlStopped only if it was the agent', async () => {
    for (let i = 0; i < 5; i++) {
      const { conversationId } = await startSession(h)
      await Promise.all([
        h.call('closeSession', { conversationId, agent: ana, reason: 'done' }),
        h.call('stopHitl', { conversationId }),
      ])
      const { session } = await h.call('getSession', { conversationId })
      expect(session.status).toBe('closed')
      expect(stoppedEvents(conversationId)).toHaveLength(session.closeReason === 'done' ? 1 : 0)
      expect(session.timeline.filter((t: any) => t.to === 'closed')).toHaveLength(1)
    }
  })
})
