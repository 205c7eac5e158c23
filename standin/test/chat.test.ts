// The end-user chat channel, programmatic and over HTTP (with the server-sent event stream).
import { describe, expect, it } from 'vitest'
import { useWorld } from './helpers/world'

describe('chat channel', () => {
  const w = useWorld()

  it('opens a conversation for a new end user, visible to the bot', async () => {
    const conversations: string[] = []
    const onConversation = (e: { conversation: any }) => conversations.push(e.conversation.id)
    w.standin.events.on('conversation', onConversation)
    const { userId, conversationId } = w.standin.chat.open(w.botId, { name: 'Zoe', pictureUrl: 'https://x.io/z.png' })
    w.standin.events.off('conversation', onConversation)
    expect(conversations).toEqual([conversationId])
    const { conversation } = await w.botClient.getConversation({ id: conversationId })
    expect(conversation).toMatchObject({ channel: 'channel', integration: 'chat' })
    expect((await w.botClient.getUser({ id: userId })).user).toMatchObject({
      name: 'Zoe',
      pictureUrl: 'https://x.io/z.png',
    })
    expect((await w.botClient.listParticipants({ id: conversationId })).participants.map((p) => p.id)).toEqual([userId])
  })

  it('waitFor rejects with what was received when the predicate never holds', async () => {
    const { conversationId } = w.standin.chat.open(w.botId)
    w.standin.chat.send(w.botId, conversationId, { type: 'text', payload: { text: 'silence please' } })
    await expect(w.standin.chat.waitFor(w.botId, conversationId, () => false, { timeoutMs: 50 })).rejects.toThrow(
      /received 1 message\(s\):\nincoming text \{"text":"silence please"\}/
    )
  })

  it('works over HTTP: open, send, read, and stream new messages as server-sent events', async () => {
    const base = `${w.standin.url}/chat/${w.botId}`
    const opened = await (
      await fetch(`${base}/conversations`, {
        method: 'POST',
        body: JSON.stringify({ name: 'Web' }),
        headers: { 'content-type': 'application/json' },
      })
    ).json()
    expect(opened).toEqual({ userId: expect.stringMatching(/^user_/), conversationId: expect.stringMatching(/^conv_/) })

    const controller = new AbortController()
    const stream = await fetch(`${base}/conversations/${opened.conversationId}/stream`, { signal: controller.signal })
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/)
    const reader = stream.body!.getReader()
    const decoder = new TextDecoder()
    let streamed = ''
    const twoMessages = (async () => {
      while ((streamed.match(/event: message/g) ?? []).length < 2) {
        const { value, done } = await reader.read()
        if (done) break
        streamed += decoder.decode(value)
      }
    })()

    const sent = await fetch(`${base}/conversations/${opened.conversationId}/messages`, {
      method: 'POST',
      body: JSON.stringify({ text: 'echo web' }),
      headers: { 'content-type': 'application/json' },
    })
    expect(sent.status).toBe(201)
    await twoMessages
    controller.abort()
    expect(streamed).toContain('"text":"echo web"')
    expect(streamed).toContain('"text":"You said: web"')

    const { messages } = await (await fetch(`${base}/conversations/${opened.conversationId}/messages`)).json()
    expect(messages.map((m: any) => m.payload.text)).toEqual(['echo web', 'You said: web'])
    expect((await fetch(`${base}/conversations/conv_01J00000000000000000000000/messages`)).status).toBe(404)
  })
})
