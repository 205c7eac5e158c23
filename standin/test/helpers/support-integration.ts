// A tiny but real SDK integration ("support") used to prove the stand-in's routing: it records
// what it receives, acks messages with a tag, serves actions (one of which fails on purpose) and
// creates conversations, users, messages and events of its own. Served through `sdk.serve` so a
// test can make it fail like a real outage.
import * as sdk from '@botpress/sdk'
import { running } from './servers'

const { z } = sdk

export const supportDefinition = new sdk.IntegrationDefinition({
  name: 'support',
  version: '0.1.0',
  configuration: { schema: z.object({ failRegister: z.boolean().optional() }) },
  user: { tags: { email: {} } },
  states: {
    ticket: { type: 'conversation', schema: z.object({ status: z.string(), notes: z.string().optional() }) },
    settings: { type: 'integration', schema: z.object({ greeting: z.string() }) },
  },
  channels: {
    desk: {
      messages: { text: sdk.messages.defaults.text, image: sdk.messages.defaults.image },
      conversation: { tags: { ticketId: {}, status: {} } },
      message: { tags: { externalId: {} } },
    },
  },
  events: {
    agentAssigned: { schema: z.object({ conversationId: z.string(), agentName: z.string() }) },
  },
  actions: {
    ping: { input: { schema: z.object({ x: z.number() }) }, output: { schema: z.object({ y: z.number() }) } },
    fail: { input: { schema: z.object({}) }, output: { schema: z.object({}) } },
    crash: { input: { schema: z.object({}) }, output: { schema: z.object({}) } },
    openTicket: {
      input: { schema: z.object({ ticketId: z.string() }) },
      output: { schema: z.object({ conversationId: z.string() }) },
    },
  },
})

export type Received = {
  conversationId: string
  userId: string
  type: string
  payload: any
  messageId: string
  tags: Record<string, string>
}

export const startSupportIntegration = async (opts: { flakyFailures?: number } = {}) => {
  const received: Received[] = []
  const registrations: { webhookUrl: string; configuration: any }[] = []
  const webhooks: { method: string; path: string; query: string; body?: string }[] = []
  let flaky = opts.flakyFailures ?? 0

  const integration = new sdk.Integration<any>({
    register: async ({ ctx, webhookUrl }: any) => {
      if (ctx.configuration.failRegister)
        throw new sdk.RuntimeError('Cannot register: the desk refused the credentials')
      registrations.push({ webhookUrl, configuration: ctx.configuration })
    },
    unregister: async () => {},
    actions: {
      ping: async ({ input }: any) => ({ y: input.x + 1 }),
      crash: async () => ({}),
      fail: async () => {
        throw new sdk.RuntimeError('The desk is closed today')
      },
      openTicket: async ({ client, input }: any) => {
        const { conversation } = await client.getOrCreateConversation({
          channel: 'desk',
          tags: { ticketId: input.ticketId, status: 'open' },
          discriminateByTags: ['ticketId'],
        })
        return { conversationId: conversation.id }
      },
    },
    channels: {
      desk: {
        messages: {
          text: async ({ payload, conversation, message, user, ack }: any) => {
            if (payload.text === 'reject') throw new sdk.RuntimeError('The desk refuses this message')
            received.push({
              conversationId: conversation.id,
              userId: user.id,
              type: 'text',
              payload,
              messageId: message.id,
              tags: conversation.tags,
            })
            await ack({ tags: { externalId: `ext-${received.length}` } })
          },
          image: async ({ payload, conversation, message, user }: any) => {
            received.push({
              conversationId: conversation.id,
              userId: user.id,
              type: 'image',
              payload,
              messageId: message.id,
              tags: conversation.tags,
            })
          },
        },
      },
    },
    handler: async ({ req }: any) => {
      webhooks.push({ method: req.method, path: req.path, query: req.query, body: req.body })
      return { status: 202, body: JSON.stringify({ accepted: true }) }
    },
  })
  // A desk that is temporarily down answers 503 (as its gateway would) to the first `flakyFailures` "flaky" messages.
  const handler: sdk.Handler = async (req) => {
    if (
      flaky > 0 &&
      req.headers['x-bp-operation'] === 'message_created' &&
      JSON.parse(req.body ?? '{}').payload?.text === 'flaky'
    ) {
      flaky--
      return { status: 503, body: JSON.stringify({ message: 'desk temporarily down' }) }
    }
    if (req.headers['x-bp-operation'] === 'action_triggered' && JSON.parse(req.body ?? '{}').type === 'crash') {
      return { status: 500, body: JSON.stringify({ error: 'segfault in the desk' }) }
    }
    return integration.handler(req)
  }
  const server = await running(await sdk.serve(handler, 0, () => {}))
  return { ...server, received, registrations, webhooks, definition: supportDefinition }
}
