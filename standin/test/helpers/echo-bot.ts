// A tiny but real SDK bot: answers chat messages ("echo X" → "You said: X"), escalates to the
// support integration ("ticket T" → callAction support:openTicket, then writes on the desk) and
// records every message and event it receives.
import * as sdk from '@botpress/sdk'
import { running } from './servers'

export type BotReceived = {
  eventId: string
  type: string
  conversationId?: string
  text?: string
  tags?: Record<string, string>
  payload?: any
}

export const startEchoBot = async (opts: { slowMs?: number; alias?: string } = {}) => {
  const alias = opts.alias ?? 'support'
  const received: BotReceived[] = []
  const bot = new sdk.Bot({ actions: {}, plugins: {} } as any) as any

  bot.on.message('*', async ({ message, event, conversation, client, ctx }: any) => {
    received.push({
      eventId: event.id,
      type: 'message_created',
      conversationId: message.conversationId,
      text: message.payload?.text,
      tags: conversation.tags,
    })
    const text: string = message.payload?.text ?? ''
    if (opts.slowMs) await new Promise((r) => setTimeout(r, opts.slowMs))
    if (conversation.integration !== 'chat') return
    if (text.startsWith('echo ')) {
      await client.createMessage({
        conversationId: message.conversationId,
        userId: ctx.botId,
        tags: {},
        type: 'text',
        payload: { text: `You said: ${text.slice(5)}` },
      })
    }
    if (text.startsWith('ticket ')) {
      const { output } = await client.callAction({ type: `${alias}:openTicket`, input: { ticketId: text.slice(7) } })
      await client.createMessage({
        conversationId: output.conversationId,
        userId: ctx.botId,
        tags: {},
        type: 'text',
        payload: { text: `escalated from ${message.conversationId}` },
      })
      await client.createMessage({
        conversationId: message.conversationId,
        userId: ctx.botId,
        tags: {},
        type: 'text',
        payload: { text: `Ticket ${output.conversationId} opened` },
      })
    }
  })

  // Dispatched by the SDK on the event body's `type`: heard only when Botpress keys it by the alias.
  bot.on.event(`${alias}:agentAssigned`, async ({ event }: any) => {
    received.push({ eventId: event.id, type: 'dispatched:agentAssigned', conversationId: event.conversationId })
  })

  bot.on.event('*', async ({ event }: any) => {
    received.push({ eventId: event.id, type: event.type, conversationId: event.conversationId, payload: event.payload })
  })

  const server = await running(await bot.start(0))
  return { ...server, received }
}
