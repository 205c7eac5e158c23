import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ana, bo, key, startSession } from '../support/fixtures'
import { failureOf, startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

const messagesOf = async (conversationId: string) => (await h.api.listMessages({ conversationId })).messages

const allTypes = [
  { type: 'text', payload: { text: 'Hello, I am Ana' } },
  { type: 'image', payload: { imageUrl: 'https://desk.test/receipt.png' } },
  { type: 'audio', payload: { audioUrl: 'https://desk.test/note.mp3' } },
  { type: 'video', payload: { videoUrl: 'https://desk.test/howto.mp4' } },
  { type: 'file', payload: { fileUrl: 'https://desk.test/invoice.pdf', title: 'Invoice' } },
  {
    type: 'bloc',
    payload: {
      items: [
        { type: 'text', payload: { text: 'Step 1' } },
        { type: 'image', payload: { imageUrl: 'https://desk.test/s.png' } },
      ],
    },
  },
]

describe('sendAgentMessage', () => {
  it.each(allTypes)('sends a $type message from the agent user, with additionalData', async (message) => {
    const { conversationId } = await startSession(h)
    const { agentUserId } = await h.call('assignAgent', { conversationId, agent: ana })
    const { messageId } = await h.call('sendAgentMessage', {
      conversationId,
      agent: ana,
      message,
      additionalData: '{"ticket":42}',
      idempotencyKey: key(),
    })
    const [stored] = await messagesOf(conversationId)
    expect(stored).toMatchObject({ id: messageId, type: message.type, direction: 'incoming', userId: agentUserId })
    expect(stored!.payload).toEqual({ ...message.payload, additionalData: '{"ticket":42}' })
  })

  it('a retry with the same idempotency key never sends twice', async () => {
    const { conversationId } = await startSession(h)
    const idempotencyKey = key()
    const send = () => h.call('sendAgentMessage', { conversationId, agent: ana, message: allTypes[0], idempotencyKey })
    const [a, b] = await Promise.all([send(), send()])
    const c = await send()
    expect(new Set([a.messageId, b.messageId, c.messageId]).size).toBe(1)
    expect(await messagesOf(conversationId)).toHaveLength(1)
  })

  it('an unassigned session is assigned to the agent who answers first, as the plugin expects', async () => {
    const { conversationId } = await startSession(h)
    const { agentUserId } = await h.call('sendAgentMessage', {
      conversationId,
      agent: bo,
      message: allTypes[0],
      idempotencyKey: key(),
    })
    const { session } = await h.call('getSession', { conversationId })
    expect(session.status).toBe('assigned')
    expect(session.assignee.id).toBe(agentUserId)
    const events = h.emitted().filter((e) => e.conversationId === conversationId && e.type === 'hitl:hitlAssigned')
    expect(events.map((e) => e.payload.userId)).toEqual([agentUserId])
  })

  it("is refused in another agent's session, naming the holder", async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana })
    expect(
      await failureOf(
        h.call('sendAgentMessage', { conversationId, agent: bo, message: allTypes[0], idempotencyKey: key() })
      )
    ).toMatch(/assigned to Ana Agent <ana@desk.test>/)
    expect(await messagesOf(conversationId)).toHaveLength(0)
  })

  it('is refused on a closed session with a clear error', async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana })
    await h.call('closeSession', { conversationId, agent: ana, reason: 'resolved' })
    expect(
      await failureOf(
        h.call('sendAgentMessage', { conversationId, agent: ana, message: allTypes[0], idempotencyKey: key() })
      )
    ).toMatch(/Cannot send a message: session .* is closed \(resolved\)/)
  })

  it('a text over 4,000 characters is refused naming the field, before the session is assigned or anything sent', async () => {
    const { conversationId } = await startSession(h)
    const tooLong = { type: 'text', payload: { text: 'x'.repeat(4_801) } }
    expect(
      await failureOf(
        h.call('sendAgentMessage', { conversationId, agent: ana, message: tooLong, idempotencyKey: key() })
      )
    ).toBe('sendAgentMessage: message.payload.text: at most 4,000 characters (got 4,801).')
    expect(await messagesOf(conversationId)).toEqual([])
    expect((await h.call('getSession', { conversationId })).session.status).toBe('pending')
  })
})
