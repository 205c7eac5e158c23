// /v1/chat/messages. Direction follows the author's role: `incoming` when an integration writes
// (the outside world speaks), `outgoing` when the bot writes. Writing routes the message (delivery/routing.ts).
import { invalid } from '../http/api-errors'
import { newId } from '../store/ids'
import { pageAnswer, paginate } from '../store/paginate'
import { emitMessage, routeMessage } from '../delivery/routing'
import { type StoredConversation, type StoredMessage, nextSeq, now } from '../store/bot-store'
import { mergeTags, tagsMatch, toStoredKey, toStoredTags, withoutEmpty } from '../store/tags'
import { checkAgainst } from '../store/check-against'
import { messageView } from '../store/views'
import { canSeeMessage, conversationOf, messageOf, userOf } from './access'
import { type Operation, type OpContext, dateRange } from './context'

/** The channel of the conversation's integration declares which message types exist and their payloads. */
const checkMessage = (ctx: OpContext, conversation: StoredConversation, type: string, payload: unknown) => {
  const target = ctx.rt.registry.installationByAlias(ctx.caller.bot, conversation.integration)
  if (!target || target.integration.builtin) return
  const channel = target.integration.definition.channels?.[conversation.channel]
  const declared = channel?.messages?.[type]
  if (!declared)
    throw invalid(
      `Message type "${type}" is not declared in channel "${conversation.channel}" of integration "${target.integration.name}"`
    )
  checkAgainst(declared.schema, payload, `Payload of "${type}" message`)
}

const create = (ctx: OpContext, body: any): StoredMessage => {
  const conversation = conversationOf(ctx, body.conversationId)
  const user = userOf(ctx, body.userId)
  checkMessage(ctx, conversation, body.type, body.payload)
  const at = now()
  const message: StoredMessage = {
    id: newId('msg'),
    createdAt: at,
    updatedAt: at,
    seq: nextSeq(),
    type: body.type,
    payload: body.payload,
    direction: ctx.caller.role === 'integration' ? 'incoming' : 'outgoing',
    userId: user.id,
    conversationId: conversation.id,
    tags: withoutEmpty(toStoredTags(ctx.caller, body.tags, 'message', conversation.channel)),
    ...(body.origin ? { origin: body.origin } : {}),
  }
  ctx.store.messages.set(message.id, message)
  // Whoever speaks in a conversation takes part in it (the bot itself is not listed).
  if (user.id !== ctx.caller.bot.id) conversation.participants.add(user.id)
  conversation.updatedAt = at
  routeMessage(ctx.rt, ctx.caller.bot, message)
  return message
}

/** Also used by the chat channel to write as the end user. */
export const createMessageAs = (ctx: OpContext, body: any): StoredMessage => create(ctx, body)

export const createMessage: Operation = (ctx, { body }) => ({
  status: 201,
  body: { message: messageView(ctx.caller, create(ctx, body)) },
})

export const getOrCreateMessage: Operation = (ctx, { body }) => {
  const conversation = conversationOf(ctx, body.conversationId)
  const tags = withoutEmpty(toStoredTags(ctx.caller, body.tags, 'message', conversation.channel))
  const keys: string[] = body.discriminateByTags
    ? body.discriminateByTags.map((k: string) => toStoredKey(ctx.caller, k))
    : Object.keys(tags)
  for (const key of keys)
    if (!(key in tags)) throw invalid(`discriminateByTags names "${key}", which is not among the given tags`)
  if (keys.length > 0) {
    const wanted = Object.fromEntries(keys.map((k) => [k, tags[k]!]))
    const existing = [...ctx.store.messages.values()].find(
      (m) => m.conversationId === conversation.id && tagsMatch(m.tags, wanted)
    )
    if (existing) return { body: { message: messageView(ctx.caller, existing) } }
  }
  return { body: { message: messageView(ctx.caller, create(ctx, body)) } }
}

export const getMessage: Operation = (ctx, { params }) => ({
  body: { message: messageView(ctx.caller, messageOf(ctx, params.id!)) },
})

export const updateMessage: Operation = (ctx, { params, body }) => {
  const message = messageOf(ctx, params.id!)
  const conversation = conversationOf(ctx, message.conversationId)
  if (body.payload !== undefined) {
    checkMessage(ctx, conversation, message.type, body.payload)
    message.payload = body.payload
  }
  message.tags = mergeTags(message.tags, toStoredTags(ctx.caller, body.tags, 'message', conversation.channel))
  message.updatedAt = now()
  emitMessage(ctx.rt, ctx.caller.bot, message)
  return { body: { message: messageView(ctx.caller, message) } }
}

export const deleteMessage: Operation = (ctx, { params }) => {
  const message = messageOf(ctx, params.id!)
  ctx.store.messages.delete(message.id)
  return { body: {} }
}

export const listMessages: Operation = (ctx, { query }) => {
  const conversationId = query.get('conversationId')
  const conversation = conversationId ? conversationOf(ctx, conversationId) : undefined
  const filterTags = toStoredTags(ctx.caller, query.object('tags'), 'message', conversation?.channel)
  const inRange = dateRange(query)
  const messages = [...ctx.store.messages.values()].filter(
    (m) =>
      (!conversation || m.conversationId === conversation.id) &&
      canSeeMessage(ctx, m) &&
      tagsMatch(m.tags, filterTags) &&
      inRange(m.createdAt)
  )
  const page = paginate(messages, {
    sortValue: (m) => m.createdAt,
    direction: 'desc',
    nextToken: query.get('nextToken'),
    pageSize: ctx.rt.pageSize,
  })
  return pageAnswer('messages', page, (m) => messageView(ctx.caller, m))
}
