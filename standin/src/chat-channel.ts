// The end user's side of the built-in chat channel: open a conversation, write as the end user,
// read what the end user sees (both directions), and wait for it without polling.
import { ApiError, notFound } from './http/api-errors'
import type { IntegrationCaller } from './store/caller'
import type { OpContext } from './operations/context'
import { createConversationRecord } from './operations/conversations'
import { createMessageAs } from './operations/messages'
import { createUserRecord } from './operations/users'
import type { Runtime } from './runtime'
import { messageView } from './store/views'
import { CHAT_CHANNEL, CHAT_INTEGRATION } from './workspace'

export type ChatMessage = ReturnType<typeof messageView>
export type OutgoingChatMessage = { type: string; payload: Record<string, unknown>; tags?: Record<string, string> }

export class ChatChannel {
  /** The end user of each chat conversation (the one who writes with `send`). */
  private readonly endUsers = new Map<string, string>()

  constructor(private readonly rt: Runtime) {}

  private context(botId: string): OpContext {
    const bot = this.rt.registry.bot(botId)
    if (!bot) throw notFound('Bot', botId)
    const installed = this.rt.registry.installationByAlias(bot, CHAT_INTEGRATION)!
    const caller: IntegrationCaller = { role: 'integration', bot, ...installed }
    return { rt: this.rt, caller, store: this.rt.store(botId) }
  }

  open(botId: string, user: { name?: string; pictureUrl?: string } = {}): { userId: string; conversationId: string } {
    const ctx = this.context(botId)
    const created = createUserRecord(ctx, { tags: {}, ...user })
    const conversation = createConversationRecord(ctx, { channel: CHAT_CHANNEL, tags: {} }, CHAT_INTEGRATION)
    conversation.participants.add(created.id)
    this.endUsers.set(conversation.id, created.id)
    return { userId: created.id, conversationId: conversation.id }
  }

  send(botId: string, conversationId: string, message: OutgoingChatMessage & { userId?: string }): ChatMessage {
    const ctx = this.context(botId)
    const userId = message.userId ?? this.endUsers.get(conversationId)
    if (!userId) throw notFound('Chat conversation', conversationId)
    if (!message?.type || typeof message.payload !== 'object' || message.payload === null)
      throw new ApiError('InvalidPayload', 'A chat message needs a type and a payload object')
    const stored = createMessageAs(ctx, {
      conversationId,
      userId,
      type: message.type,
      payload: message.payload,
      tags: message.tags ?? {},
    })
    return messageView({ role: 'bot', bot: ctx.caller.bot }, stored)
  }

  /** What the end user sees, oldest first (both directions). */
  messages(botId: string, conversationId: string): ChatMessage[] {
    const ctx = this.context(botId)
    const conversation = ctx.store.conversations.get(conversationId)
    if (!conversation || conversation.integration !== CHAT_INTEGRATION)
      throw notFound('Chat conversation', conversationId)
    const bot = { role: 'bot' as const, bot: ctx.caller.bot }
    return [...ctx.store.messages.values()]
      .filter((m) => m.conversationId === conversationId)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.seq - b.seq))
      .map((m) => messageView(bot, m))
  }

  /** Resolves with the conversation's messages as soon as `predicate` holds; rejects with what was received on timeout. */
  waitFor(
    botId: string,
    conversationId: string,
    predicate: (messages: ChatMessage[]) => boolean,
    opts: { timeoutMs?: number } = {}
  ): Promise<ChatMessage[]> {
    const timeoutMs = opts.timeoutMs ?? 10_000
    return new Promise((resolve, reject) => {
      const check = () => {
        const messages = this.messages(botId, conversationId)
        if (!predicate(messages)) return false
        cleanup()
        resolve(messages)
        return true
      }
      const onMessage = (e: { botId: string; message: ChatMessage }) => {
        if (e.botId !== botId || e.message.conversationId !== conversationId) return
        try {
          check()
        } catch (err) {
          cleanup()
          reject(err)
        }
      }
      const timer = setTimeout(() => {
        cleanup()
        const received = this.messages(botId, conversationId).map(
          (m) => `${m.direction} ${m.type} ${JSON.stringify(m.payload)}`
        )
        reject(
          new Error(
            `chat.waitFor timed out after ${timeoutMs} ms on conversation ${conversationId}; received ${received.length} message(s):\n${received.join('\n') || '(none)'}`
          )
        )
      }, timeoutMs)
      const cleanup = () => {
        clearTimeout(timer)
        this.rt.emitter.off('message', onMessage)
      }
      this.rt.emitter.on('message', onMessage)
      try {
        check()
      } catch (err) {
        cleanup()
        reject(err)
      }
    })
  }
}
