import type { Harness } from './hitl-harness'

export const ana = { email: 'ana@desk.test', name: 'Ana Agent', pictureUrl: 'https://desk.test/ana.png' }
export const bo = { email: 'bo@desk.test', name: 'Bo Agent', pictureUrl: 'https://desk.test/bo.png' }

let n = 0
export const key = () => `key-${Date.now()}-${++n}-${Math.random().toString(36).slice(2)}`

export const history = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    source:
      i % 2 === 0 ? { type: 'user' as const, userId: 'user_upstream_0000000000000000' } : { type: 'bot' as const },
    type: 'text' as const,
    payload: { text: `history message ${i}` },
  }))

/** An end-user copy and a pending session, as the plugin's card makes them. */
export const startSession = async (
  h: Harness,
  opts: { name?: string; email?: string; priority?: string; history?: number; title?: string } = {}
) => {
  const { userId } = await h.call('createUser', {
    name: opts.name ?? 'Erin End-User',
    email: opts.email ?? `${key()}@no-reply.bot.botpress.com`,
  })
  const { conversationId } = await h.call('startHitl', {
    userId,
    title: opts.title ?? 'Refund request',
    description: 'The user wants a refund for order 42',
    hitlSession: opts.priority ? { priority: opts.priority } : undefined,
    messageHistory: history(opts.history ?? 3),
  })
  return { userId, conversationId: conversationId as string }
}

/** The plugin relaying into the session, as the bot: with payload.userId for the end user, without for itself. */
export const pluginSays = async (
  h: Harness,
  conversationId: string,
  message: { type: string; payload: Record<string, unknown> },
  asEndUser?: string,
  api = h.api
) => {
  const { message: created } = await api.createMessage({
    conversationId,
    userId: h.botId,
    type: message.type,
    payload: { ...message.payload, ...(asEndUser ? { userId: asEndUser } : {}) },
    tags: {},
  })
  await h.standin.idle()
  return created
}

export const endUserSays = (h: Harness, conversationId: string, endUserId: string, text: string, api = h.api) =>
  pluginSays(h, conversationId, { type: 'text', payload: { text } }, endUserId, api)
