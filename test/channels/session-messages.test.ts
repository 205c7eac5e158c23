import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ana, endUserSays, key, pluginSays, startSession } from '../support/fixtures'
import { startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

const types = [
  { type: 'text', payload: { text: 'my order never came' } },
  { type: 'image', payload: { imageUrl: 'https://user.test/parcel.jpg' } },
  { type: 'audio', payload: { audioUrl: 'https://user.test/voice.ogg' } },
  { type: 'video', payload: { videoUrl: 'https://user.test/unboxing.mp4' } },
  { type: 'file', payload: { fileUrl: 'https://user.test/receipt.pdf' } },
  { type: 'bloc', payload: { items: [{ type: 'text', payload: { text: 'two things' } }] } },
]

describe('the hitl channel', () => {
  it.each(types)(
    "acknowledges the end user's $type message and shows it to the agent as the end user's",
    async (message) => {
      const { conversationId, userId } = await startSession(h)
      const before = Date.now()
      const created = await pluginSays(h, conversationId, message, userId)
      const { message: stored } = await h.api.getMessage({ id: created.id })
      expect(stored.tags).toMatchObject({ 'hitl:sender': 'end-user' })
      expect(Number(stored.tags['hitl:receivedAt'])).toBeGreaterThanOrEqual(before)
      const { session } = await h.call('getSession', { conversationId })
      expect(session.messages).toEqual([
        expect.objectContaining({ id: created.id, type: message.type, sender: 'end-user', afterClose: false }),
      ])
      expect(session.lastUserMessageAt).toBeGreaterThanOrEqual(before)
    }
  )

  it("a message without payload.userId is the bot's own (the plugin speaking)", async () => {
    const { conversationId } = await startSession(h)
    await pluginSays(h, conversationId, { type: 'text', payload: { text: '( The user has ended the session. )' } })
    const { session } = await h.call('getSession', { conversationId })
    expect(session.messages.map((m: any) => m.sender)).toEqual(['bot'])
    expect(session.lastUserMessageAt).toBeUndefined()
  })

  it('keeps the live conversation in order, both ways, and times the first response', async () => {
    const { conversationId, userId } = await startSession(h)
    await endUserSays(h, conversationId, userId, 'hello?')
    await h.call('sendAgentMessage', {
      conversationId,
      agent: ana,
      message: { type: 'text', payload: { text: 'Hi, Ana here' } },
      idempotencyKey: key(),
    })
    await endUserSays(h, conversationId, userId, 'thanks')
    const { session } = await h.call('getSession', { conversationId })
    expect(session.messages.map((m: any) => [m.sender, m.payload.text])).toEqual([
      ['end-user', 'hello?'],
      ['agent', 'Hi, Ana here'],
      ['end-user', 'thanks'],
    ])
    expect(session.timings.firstResponseMs).toBeGreaterThanOrEqual(0)
    expect(session.timings.timeToAssignMs).toBeGreaterThanOrEqual(0)
  })

  it('a message reaching a closed session is not dropped silently: flagged and visible to agents', async () => {
    const { conversationId, userId } = await startSession(h)
    await h.call('stopHitl', { conversationId })
    const late = await endUserSays(h, conversationId, userId, 'are you still there?')
    const { message } = await h.api.getMessage({ id: late.id })
    expect(message.tags['hitl:afterClose']).toBe('true')
    const { session } = await h.call('getSession', { conversationId })
    expect(session.messages).toEqual([expect.objectContaining({ id: late.id, afterClose: true, sender: 'end-user' })])
  })
})
