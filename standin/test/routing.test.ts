// Routing like Botpress, proven with a real SDK integration and a real SDK bot over HTTP.
import { isApiError } from '@botpress/client'
import { describe, expect, it } from 'vitest'
import { useWorld } from './helpers/world'

describe('routing between bot, integration and chat', () => {
  const w = useWorld()

  it('runs register with the webhook URL and the installed configuration', () => {
    expect(w.support.registrations).toEqual([
      {
        webhookUrl: expect.stringMatching(new RegExp(`^${w.standin.url}/webhooks/wh_`)),
        configuration: { failRegister: false },
      },
    ])
  })

  it('forwards calls to the webhook URL to the integration (webhook_received) and returns its answer', async () => {
    const res = await fetch(`${w.support.registrations[0]!.webhookUrl}/desk/events?x=1`, {
      method: 'POST',
      body: '{"hello":"desk"}',
    })
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ accepted: true })
    expect(w.support.webhooks.at(-1)).toEqual({
      method: 'POST',
      path: '/desk/events',
      query: 'x=1',
      body: '{"hello":"desk"}',
    })
  })

  it('delivers an end-user chat message to the bot and shows the bot reply to the end user', async () => {
    const { conversationId } = w.standin.chat.open(w.botId, { name: 'Alice' })
    w.standin.chat.send(w.botId, conversationId, { type: 'text', payload: { text: 'echo hello' } })
    const messages = await w.standin.chat.waitFor(w.botId, conversationId, (ms) =>
      ms.some((m) => m.payload.text === 'You said: hello')
    )
    expect(messages.map((m) => [m.direction, m.payload.text])).toEqual([
      ['incoming', 'echo hello'],
      ['outgoing', 'You said: hello'],
    ])
    await w.standin.idle()
    const { events } = await w.botClient.listEvents({ conversationId, type: 'message_created' })
    expect(events[0]!.status).toBe('processed')
  })

  it('sends bot messages on an integration conversation to that integration (message_created), which acks with tags', async () => {
    const { conversationId } = w.standin.chat.open(w.botId)
    w.standin.chat.send(w.botId, conversationId, { type: 'text', payload: { text: 'ticket T-1' } })
    const messages = await w.standin.chat.waitFor(w.botId, conversationId, (ms) =>
      ms.some((m) => /Ticket conv_/.test(m.payload.text))
    )
    await w.standin.idle()
    const desk = /Ticket (\S+) opened/.exec(messages.at(-1)!.payload.text)![1]!
    const got = w.support.received.find((r) => r.conversationId === desk)!
    expect(got.payload.text).toBe(`escalated from ${conversationId}`)
    expect(got.tags).toEqual({ ticketId: 'T-1', status: 'open' }) // the integration sees its own tags unprefixed
    const { message } = await w.botClient.getMessage({ id: got.messageId })
    expect(message.direction).toBe('outgoing')
    expect(message.tags).toEqual({ 'support:externalId': expect.stringMatching(/^ext-/) }) // the ack, seen by the bot with the prefix
    // the bot did not get its own outgoing message back
    expect(w.echo.received.filter((r) => r.conversationId === desk)).toEqual([])
    // counted per caller: the integration acked through updateMessage, the bot called the action
    expect(
      w.standin.stats.calls({ botId: w.botId, by: 'integration', operation: 'updateMessage' })
    ).toBeGreaterThanOrEqual(1)
    expect(w.standin.stats.byOperation({ botId: w.botId, by: 'bot' })).toMatchObject({ callAction: 1 })
  })

  it('delivers integration messages (incoming) and events to the bot', async () => {
    const { conversation } = await w.integrationClient.createConversation({
      channel: 'desk',
      tags: { ticketId: 'T-2' },
    })
    const { user } = await w.integrationClient.createUser({ tags: { email: 'agent@example.com' }, name: 'Agent Smith' })
    const { message } = await w.integrationClient.createMessage({
      conversationId: conversation.id,
      userId: user.id,
      type: 'text',
      payload: { text: 'hello from the desk' },
      tags: {},
    })
    expect(message.direction).toBe('incoming')
    const { event } = await w.integrationClient.createEvent({
      type: 'agentAssigned',
      payload: { conversationId: conversation.id, agentName: 'Smith' },
      conversationId: conversation.id,
    })
    expect(event.type).toBe('support:agentAssigned')
    await w.standin.idle()
    const seen = w.echo.received.filter((r) => r.conversationId === conversation.id)
    expect(seen.map((r) => r.type)).toEqual(['message_created', 'dispatched:agentAssigned', 'support:agentAssigned'])
    expect(seen[0]!.text).toBe('hello from the desk')
    expect(seen[0]!.tags).toEqual({ 'support:ticketId': 'T-2' })
    expect(seen[2]!.payload).toEqual({ conversationId: conversation.id, agentName: 'Smith' })
    expect((await w.botClient.getEvent({ id: event.id })).event.status).toBe('processed')
  })

  it('refuses an event whose payload does not match the definition, naming the field', async () => {
    const { conversation } = await w.integrationClient.createConversation({ channel: 'desk', tags: {} })
    const err = await w.integrationClient
      .createEvent({ type: 'agentAssigned', payload: { conversationId: conversation.id, agentName: 42 } })
      .catch((e) => e)
    expect(isApiError(err) && err.type).toBe('InvalidPayload')
    expect(err.message).toMatch(/agentName/)
    await expect(w.integrationClient.createEvent({ type: 'nope', payload: {} })).rejects.toThrow(/not declared/)
  })

  it('round-trips callAction and passes integration errors through unchanged', async () => {
    expect(await w.botClient.callAction({ type: 'support:ping', input: { x: 41 } })).toEqual({
      output: { y: 42 },
      meta: { cached: false },
    })
    const err = await w.botClient.callAction({ type: 'support:fail', input: {} }).catch((e) => e)
    expect(isApiError(err) && err.type).toBe('Runtime')
    expect(err.message).toBe('The desk is closed today')
    const crash = await w.botClient.callAction({ type: 'support:crash', input: {} }).catch((e) => e)
    expect(isApiError(crash) && crash.type).toBe('Runtime')
    expect(crash.message).toMatch(/HTTP 500.*segfault in the desk/)
    await expect(w.botClient.callAction({ type: 'nobody:ping', input: {} })).rejects.toThrow(
      /No integration is installed with alias "nobody"/
    )
    await expect(w.botClient.callAction({ type: 'support:nope', input: {} })).rejects.toThrow(/not declared/)
    await expect(w.botClient.callAction({ type: 'support:ping', input: { x: 'a' } })).rejects.toThrow(/x/)
  })

  it('delivers one conversation in order, while conversations proceed concurrently', async () => {
    const { conversation: a } = await w.botClient.createConversation({
      channel: 'desk',
      tags: {},
      integrationName: 'support',
    })
    const { conversation: b } = await w.botClient.createConversation({
      channel: 'desk',
      tags: {},
      integrationName: 'support',
    })
    const texts = Array.from({ length: 8 }, (_, i) => `m${i}`)
    await Promise.all(
      texts.flatMap((text) => [
        w.botClient.createMessage({ conversationId: a.id, userId: w.botId, type: 'text', payload: { text }, tags: {} }),
        w.botClient.createMessage({ conversationId: b.id, userId: w.botId, type: 'text', payload: { text }, tags: {} }),
      ])
    )
    await w.standin.idle()
    for (const conv of [a, b]) {
      const delivered = w.support.received.filter((r) => r.conversationId === conv.id).map((r) => r.payload.text)
      const created = (await w.botClient.listMessages({ conversationId: conv.id })).messages
        .reverse()
        .map((m) => (m.payload as any).text)
      expect(delivered).toEqual(created)
    }
  })

  it('validates message types and payloads against the channel definition', async () => {
    const { conversation } = await w.botClient.createConversation({
      channel: 'desk',
      tags: {},
      integrationName: 'support',
    })
    await expect(
      w.botClient.createMessage({
        conversationId: conversation.id,
        userId: w.botId,
        type: 'audio',
        payload: { audioUrl: 'x' },
        tags: {},
      })
    ).rejects.toThrow(/"audio" is not declared in channel "desk"/)
    await expect(
      w.botClient.createMessage({
        conversationId: conversation.id,
        userId: w.botId,
        type: 'text',
        payload: { txt: 'x' },
        tags: {},
      })
    ).rejects.toThrow(/text/)
  })
})
