// /v1/chat/conversations and their participants.
import { ownerOf } from '../store/caller'
import { invalid, notFound } from '../http/api-errors'
import { newId } from '../store/ids'
import { pageAnswer, paginate } from '../store/paginate'
import { emitConversation } from '../delivery/routing'
import { type StoredConversation, nextSeq, now } from '../store/bot-store'
import { mergeTags, tagsMatch, toStoredKey, toStoredTags, withoutEmpty } from '../store/tags'
import { conversationView, userView } from '../store/views'
import { canSeeConversation, conversationOf, userOf } from './access'
import { type Operation, type OpContext, dateRange } from './context'

/**
 * The installation a new conversation belongs to (its alias becomes `conversation.integration`), and a
 * check that it has that channel. A bot names the installation by its alias, as the SDK does.
 */
const ownerOfNew = (ctx: OpContext, channel: string, integrationName?: string): string => {
  if (ctx.caller.role === 'integration') {
    const def = ctx.caller.integration.definition
    if (!def.channels?.[channel])
      throw invalid(`Channel "${channel}" is not declared by integration "${ctx.caller.integration.name}"`)
    return ownerOf(ctx.caller)
  }
  if (!integrationName) throw invalid('integrationName is required when a bot creates a conversation')
  const target = ctx.rt.registry.installationByAlias(ctx.caller.bot, integrationName)
  if (!target) throw invalid(`No integration is installed with alias "${integrationName}" in this bot`)
  if (!target.integration.builtin && !target.integration.definition.channels?.[channel])
    throw invalid(`Channel "${channel}" is not declared by integration "${target.integration.name}"`)
  return integrationName
}

/** Also used by the chat channel to open its conversations. */
export const createConversationRecord = (ctx: OpContext, body: any, integration: string): StoredConversation => {
  const at = now()
  const conversation: StoredConversation = {
    id: newId('conv'),
    createdAt: at,
    updatedAt: at,
    seq: nextSeq(),
    channel: body.channel,
    integration,
    tags: withoutEmpty(toStoredTags(ctx.caller, body.tags, 'conversation', body.channel)),
    participants: new Set(),
  }
  ctx.store.conversations.set(conversation.id, conversation)
  emitConversation(ctx.rt, ctx.caller.bot, conversation)
  return conversation
}

export const createConversation: Operation = (ctx, { body }) => {
  const integration = ownerOfNew(ctx, body.channel, body.integrationName)
  return {
    status: 201,
    body: { conversation: conversationView(ctx.caller, createConversationRecord(ctx, body, integration)) },
  }
}

export const getConversation: Operation = (ctx, { params }) => ({
  body: { conversation: conversationView(ctx.caller, conversationOf(ctx, params.id!)) },
})

export const getOrCreateConversation: Operation = (ctx, { body }) => {
  const integration = ownerOfNew(ctx, body.channel, body.integrationName)
  const tags = withoutEmpty(toStoredTags(ctx.caller, body.tags, 'conversation', body.channel))
  const keys: string[] = body.discriminateByTags
    ? body.discriminateByTags.map((k: string) => toStoredKey(ctx.caller, k))
    : Object.keys(tags)
  for (const key of keys)
    if (!(key in tags)) throw invalid(`discriminateByTags names "${key}", which is not among the given tags`)
  if (keys.length > 0) {
    const wanted = Object.fromEntries(keys.map((k) => [k, tags[k]!]))
    const existing = [...ctx.store.conversations.values()].find(
      (c) => c.integration === integration && c.channel === body.channel && tagsMatch(c.tags, wanted)
    )
    if (existing) return { body: { conversation: conversationView(ctx.caller, existing) } }
  }
  return { body: { conversation: conversationView(ctx.caller, createConversationRecord(ctx, body, integration)) } }
}

export const updateConversation: Operation = (ctx, { params, body }) => {
  const conversation = conversationOf(ctx, params.id!)
  if (body.tags)
    conversation.tags = mergeTags(
      conversation.tags,
      toStoredTags(ctx.caller, body.tags, 'conversation', conversation.channel)
    )
  conversation.updatedAt = now()
  emitConversation(ctx.rt, ctx.caller.bot, conversation)
  return { body: { conversation: conversationView(ctx.caller, conversation) } }
}

export const deleteConversation: Operation = (ctx, { params }) => {
  const conversation = conversationOf(ctx, params.id!)
  ctx.store.conversations.delete(conversation.id)
  for (const m of ctx.store.messages.values()) if (m.conversationId === conversation.id) ctx.store.messages.delete(m.id)
  for (const [key, s] of ctx.store.states)
    if (s.type === 'conversation' && s.resourceId === conversation.id) ctx.store.states.delete(key)
  return { body: {} }
}

export const listConversations: Operation = (ctx, { query }) => {
  const channel = query.get('channel')
  const filterTags = toStoredTags(ctx.caller, query.object('tags'), 'conversation', channel)
  const participantIds = query.all('participantIds')
  const integrationName = query.get('integrationName')
  const sortField = (query.get('sortField') ?? 'createdAt') as 'createdAt' | 'updatedAt'
  const inRange = dateRange(query)
  const conversations = [...ctx.store.conversations.values()].filter(
    (c) =>
      canSeeConversation(ctx, c) &&
      (!channel || c.channel === channel) &&
      (!integrationName || c.integration === integrationName) &&
      tagsMatch(c.tags, filterTags) &&
      participantIds.every((id) => c.participants.has(id)) &&
      inRange(c.createdAt)
  )
  const page = paginate(conversations, {
    sortValue: (c) => c[sortField],
    direction: query.get('sortDirection') === 'asc' ? 'asc' : 'desc',
    nextToken: query.get('nextToken'),
    pageSize: ctx.rt.pageSize,
  })
  return pageAnswer('conversations', page, (c) => conversationView(ctx.caller, c))
}

export const listParticipants: Operation = (ctx, { params, query }) => {
  const conversation = conversationOf(ctx, params.id!)
  const users = [...conversation.participants].map((id) => ctx.store.users.get(id)).filter((u) => u !== undefined)
  const page = paginate(users, {
    sortValue: (u) => u.createdAt,
    direction: 'desc',
    nextToken: query.get('nextToken'),
    pageSize: ctx.rt.pageSize,
  })
  return pageAnswer('participants', page, (u) => userView(ctx.caller, u))
}

export const addParticipant: Operation = (ctx, { params, body }) => {
  const conversation = conversationOf(ctx, params.id!)
  const user = userOf(ctx, body.userId)
  conversation.participants.add(user.id)
  return { body: { participant: userView(ctx.caller, user) } }
}

export const getParticipant: Operation = (ctx, { params }) => {
  const conversation = conversationOf(ctx, params.id!)
  const user = userOf(ctx, params.userId!)
  if (!conversation.participants.has(user.id)) throw notFound('Participant', user.id)
  return { body: { participant: userView(ctx.caller, user) } }
}

export const removeParticipant: Operation = (ctx, { params }) => {
  const conversation = conversationOf(ctx, params.id!)
  conversation.participants.delete(params.userId!)
  return { body: {} }
}
