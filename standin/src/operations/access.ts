// Which records a caller may touch. A bot reaches everything in its own store (nothing of another
// bot: that is a 404); an integration reaches only the conversations of its own installation (and
// their messages), and any user of the bot (integrations read e.g. the bot's own user).
import { ownerOf } from '../store/caller'
import { notFound } from '../http/api-errors'
import type { StoredConversation, StoredMessage, StoredUser } from '../store/bot-store'
import type { OpContext } from './context'

export const canSeeConversation = (ctx: OpContext, c: StoredConversation) =>
  ctx.caller.role === 'bot' || c.integration === ownerOf(ctx.caller)

export const conversationOf = (ctx: OpContext, id: string): StoredConversation => {
  const c = ctx.store.conversations.get(id)
  if (!c || !canSeeConversation(ctx, c)) throw notFound('Conversation', id)
  return c
}

export const userOf = (ctx: OpContext, id: string): StoredUser => {
  const u = ctx.store.users.get(id)
  if (!u) throw notFound('User', id)
  return u
}

export const canSeeMessage = (ctx: OpContext, m: StoredMessage) => {
  const c = ctx.store.conversations.get(m.conversationId)
  return !!c && canSeeConversation(ctx, c)
}

export const messageOf = (ctx: OpContext, id: string): StoredMessage => {
  const m = ctx.store.messages.get(id)
  if (!m || !canSeeMessage(ctx, m)) throw notFound('Message', id)
  return m
}

/** Users an integration lists: the ones it created. The bot lists all. */
export const canListUser = (ctx: OpContext, u: StoredUser) =>
  ctx.caller.role === 'bot' || u.integration === ownerOf(ctx.caller)
