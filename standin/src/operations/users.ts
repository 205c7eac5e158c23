// /v1/chat/users: end users (and the bot's own user) of one bot.
import { invalid } from '../http/api-errors'
import { newId } from '../store/ids'
import { ownerOf } from '../store/caller'
import { pageAnswer, paginate } from '../store/paginate'
import { type StoredUser, nextSeq, now } from '../store/bot-store'
import { mergeTags, tagsMatch, toStoredKey, toStoredTags, withoutEmpty } from '../store/tags'
import { userView } from '../store/views'
import { canListUser, conversationOf, userOf } from './access'
import { type Operation, type OpContext, dateRange } from './context'

/** The installation (by alias) a new user belongs to; a bot names it by its alias. */
const integrationFor = (ctx: OpContext, integrationName?: string) => {
  if (ctx.caller.role === 'integration') return ownerOf(ctx.caller)
  if (integrationName && !ctx.rt.registry.installationByAlias(ctx.caller.bot, integrationName))
    throw invalid(`No integration is installed with alias "${integrationName}" in this bot`)
  return integrationName
}

/** Also used by the chat channel to create its end users. */
export const createUserRecord = (ctx: OpContext, body: any): StoredUser => {
  const at = now()
  const user: StoredUser = {
    id: newId('user'),
    createdAt: at,
    updatedAt: at,
    seq: nextSeq(),
    tags: withoutEmpty(toStoredTags(ctx.caller, body.tags, 'user')),
    integration: integrationFor(ctx, body.integrationName),
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.pictureUrl !== undefined ? { pictureUrl: body.pictureUrl } : {}),
  }
  ctx.store.users.set(user.id, user)
  return user
}

export const createUser: Operation = (ctx, { body }) => ({
  status: 201,
  body: { user: userView(ctx.caller, createUserRecord(ctx, body)) },
})

export const getUser: Operation = (ctx, { params }) => ({
  body: { user: userView(ctx.caller, userOf(ctx, params.id!)) },
})

export const getOrCreateUser: Operation = (ctx, { body }) => {
  const tags = withoutEmpty(toStoredTags(ctx.caller, body.tags, 'user'))
  const keys: string[] = body.discriminateByTags
    ? body.discriminateByTags.map((k: string) => toStoredKey(ctx.caller, k))
    : Object.keys(tags)
  for (const key of keys)
    if (!(key in tags)) throw invalid(`discriminateByTags names "${key}", which is not among the given tags`)
  const integration = integrationFor(ctx, body.integrationName)
  if (keys.length > 0) {
    const wanted = Object.fromEntries(keys.map((k) => [k, tags[k]!]))
    const existing = [...ctx.store.users.values()].find(
      (u) => u.integration === integration && tagsMatch(u.tags, wanted)
    )
    if (existing) return { body: { user: userView(ctx.caller, existing) } }
  }
  return { body: { user: userView(ctx.caller, createUserRecord(ctx, body)) } }
}

export const updateUser: Operation = (ctx, { params, body }) => {
  const user = userOf(ctx, params.id!)
  if (body.tags) user.tags = mergeTags(user.tags, toStoredTags(ctx.caller, body.tags, 'user'))
  if (body.name !== undefined) {
    if (body.name === null) delete user.name
    else user.name = body.name
  }
  if (body.pictureUrl !== undefined) {
    if (body.pictureUrl === null) delete user.pictureUrl
    else user.pictureUrl = body.pictureUrl
  }
  user.updatedAt = now()
  return { body: { user: userView(ctx.caller, user) } }
}

export const deleteUser: Operation = (ctx, { params }) => {
  const user = userOf(ctx, params.id!)
  if (ctx.caller.role === 'integration' && user.integration !== ownerOf(ctx.caller))
    throw invalid(`User "${user.id}" does not belong to this integration`)
  ctx.store.users.delete(user.id)
  for (const c of ctx.store.conversations.values()) c.participants.delete(user.id)
  return { body: {} }
}

export const listUsers: Operation = (ctx, { query }) => {
  const filterTags = toStoredTags(ctx.caller, query.object('tags'), 'user')
  const conversationId = query.get('conversationId')
  const participants = conversationId ? conversationOf(ctx, conversationId).participants : undefined
  const rangeField = (query.get('rangeField') ?? 'createdAt') as 'createdAt' | 'updatedAt'
  const sortField = (query.get('sortField') ?? 'createdAt') as 'createdAt' | 'updatedAt'
  const inRange = dateRange(query)
  const users = [...ctx.store.users.values()].filter(
    (u) =>
      canListUser(ctx, u) &&
      tagsMatch(u.tags, filterTags) &&
      (!participants || participants.has(u.id)) &&
      inRange(u[rangeField])
  )
  const page = paginate(users, {
    sortValue: (u) => u[sortField],
    direction: query.get('sortDirection') === 'asc' ? 'asc' : 'desc',
    nextToken: query.get('nextToken'),
    pageSize: ctx.rt.pageSize,
  })
  return pageAnswer('users', page, (u) => userView(ctx.caller, u))
}
