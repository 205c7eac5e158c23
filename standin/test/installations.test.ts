// A bot sees an integration through the alias it installed it under, whatever the integration's
// published name: its conversations, events, actions and tags are keyed by that alias (the HITL
// plugin 1.4.2 routes by it, and the SDK's bot server dispatches events on the body's `type`).
import { describe, expect, it } from 'vitest'
import { type World, useWorld } from './helpers/world'

/** The integration opens a ticket conversation and writes in it as an agent. */
const ticketFromTheDesk = async (w: World, ticketId: string) => {
  const { conversation } = await w.integrationClient.createConversation({ channel: 'desk', tags: { ticketId } })
  const { user } = await w.integrationClient.createUser({ tags: { email: `${ticketId}@x.io` }, name: 'Agent' })
  await w.integrationClient.createMessage({
    conversationId: conversation.id,
    userId: user.id,
    type: 'text',
    payload: { text: `hello from ${ticketId}` },
    tags: {},
  })
  return { conversation, user }
}

describe('an integration installed under a custom alias', () => {
  const w = useWorld({ integrationName: 'support', alias: 'helpdesk' })

  it("reports the alias as the conversation's integration, to the bot and in the message it receives", async () => {
    const { conversation } = await ticketFromTheDesk(w, 'A-1')
    expect(conversation.integration).toBe('helpdesk')
    const { conversation: seenByBot } = await w.botClient.getConversation({ id: conversation.id })
    expect(seenByBot.integration).toBe('helpdesk')
    expect(seenByBot.tags).toEqual({ 'helpdesk:ticketId': 'A-1' })
    const { conversations } = await w.botClient.listConversations({ integrationName: 'helpdesk' })
    expect(conversations.map((c) => c.id)).toContain(conversation.id)

    await w.standin.idle()
    const received = w.echo.received.find((r) => r.conversationId === conversation.id)
    expect(received).toMatchObject({ type: 'message_created', tags: { 'helpdesk:ticketId': 'A-1' } })
  })

  it('lets the bot call the action, write in the conversation and read tags under the alias; the integration sees its own tags unprefixed', async () => {
    const { conversationId } = w.standin.chat.open(w.botId)
    w.standin.chat.send(w.botId, conversationId, { type: 'text', payload: { text: 'ticket A-2' } })
    await w.standin.chat.waitFor(w.botId, conversationId, (ms) => ms.some((m) => /Ticket conv_/.test(m.payload.text)))
    await w.standin.idle()
    const got = w.support.received.find((r) => r.payload.text === `escalated from ${conversationId}`)
    expect(got?.tags).toEqual({ ticketId: 'A-2', status: 'open' })
    const { message } = await w.botClient.getMessage({ id: got!.messageId })
    expect(message.tags).toEqual({ 'helpdesk:externalId': expect.stringMatching(/^ext-/) })

    const { users } = await w.botClient.listUsers({ tags: { 'helpdesk:email': 'A-1@x.io' } })
    expect(users).toHaveLength(1)
  })
})

describe('an integration published under a workspace handle, installed under its short alias', () => {
  const w = useWorld({ integrationName: 'acme/support', alias: 'support' })

  it('delivers its events to the bot as `<alias>:<type>` in the body, so the SDK dispatches them', async () => {
    const { conversation } = await ticketFromTheDesk(w, 'H-1')
    await w.integrationClient.createEvent({
      type: 'agentAssigned',
      payload: { conversationId: conversation.id, agentName: 'Smith' },
      conversationId: conversation.id,
    })
    await w.standin.idle()
    const seen = w.echo.received.filter((r) => r.conversationId === conversation.id).map((r) => r.type)
    expect(seen).toEqual(['message_created', 'dispatched:agentAssigned', 'support:agentAssigned'])
    const { events } = await w.botClient.listEvents({ conversationId: conversation.id, type: 'support:agentAssigned' })
    expect(events).toHaveLength(1)
  })

  it('keys conversations and tags by the alias, never by the published name', async () => {
    const { conversation } = await ticketFromTheDesk(w, 'H-2')
    const { conversation: seenByBot } = await w.botClient.getConversation({ id: conversation.id })
    expect(seenByBot.integration).toBe('support')
    expect(seenByBot.tags).toEqual({ 'support:ticketId': 'H-2' })
    const { conversation: seenByIntegration } = await w.integrationClient.getConversation({ id: conversation.id })
    expect(seenByIntegration.tags).toEqual({ ticketId: 'H-2' })
  })
})
