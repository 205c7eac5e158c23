// /v1/chat/states/{type}/{id}/{name}. An integration may only use the states its definition
// declares, with the declared type; states are kept apart per owner (the bot, each integration).
// Payloads are capped at 128 KB; `getOrSetState` is atomic (first writer wins) because nothing
// awaits between its read and its write.
import { ApiError, invalid, notFound } from '../http/api-errors'
import { newId } from '../store/ids'
import { ownerOf } from '../store/caller'
import { BotStore, type StateType, type StoredState, nextSeq, now } from '../store/bot-store'
import { checkAgainst } from '../store/check-against'
import { stateView } from '../store/views'
import { conversationOf, userOf } from './access'
import type { Operation, OpContext, OpRequest } from './context'

export const MAX_STATE_BYTES = 128 * 1024

type Target = {
  key: string
  type: StateType
  resourceId: string
  name: string
  schema?: Parameters<typeof checkAgainst>[0]
}

const target = (ctx: OpContext, { params }: OpRequest): Target => {
  const type = params.type as StateType
  const resourceId = params.id!
  const name = params.name!
  let schema
  if (ctx.caller.role === 'integration') {
    const declared = ctx.caller.integration.definition.states?.[name]
    if (!declared || declared.type !== type)
      throw invalid(`State "${name}" of type "${type}" is not declared by integration "${ctx.caller.integration.name}"`)
    schema = declared.schema
    if (type === 'integration' && resourceId !== ctx.caller.integration.id) throw notFound('Integration', resourceId)
  }
  if (type === 'conversation') conversationOf(ctx, resourceId)
  if (type === 'user') userOf(ctx, resourceId)
  if (type === 'bot' && resourceId !== ctx.caller.bot.id) throw notFound('Bot', resourceId)
  return { key: BotStore.stateKey(ownerOf(ctx.caller), type, resourceId, name), type, resourceId, name, schema }
}

const checkPayload = (t: Target, payload: Record<string, unknown>) => {
  const bytes = Buffer.byteLength(JSON.stringify(payload))
  if (bytes > MAX_STATE_BYTES)
    throw new ApiError(
      'PayloadTooLarge',
      `State "${t.name}" payload is ${bytes} bytes, more than the ${MAX_STATE_BYTES} bytes allowed`
    )
  checkAgainst(t.schema, payload, `Payload of state "${t.name}"`)
}

const expiresAt = (expiry: number | null | undefined, current?: number) =>
  expiry === undefined ? current : expiry === null ? undefined : Date.now() + expiry

const existing = (ctx: OpContext, t: Target): StoredState => {
  const state = ctx.store.liveState(t.key)
  if (!state) throw notFound('State', `${t.type}/${t.resourceId}/${t.name}`)
  return state
}

const write = (
  ctx: OpContext,
  t: Target,
  payload: Record<string, unknown>,
  expiry: number | null | undefined
): StoredState => {
  checkPayload(t, payload)
  const current = ctx.store.liveState(t.key)
  const at = now()
  const state: StoredState = {
    id: current?.id ?? newId('state'),
    createdAt: current?.createdAt ?? at,
    updatedAt: at,
    seq: current?.seq ?? nextSeq(),
    botId: ctx.caller.bot.id,
    type: t.type,
    resourceId: t.resourceId,
    name: t.name,
    payload,
    owner: ownerOf(ctx.caller),
    expiresAt: expiresAt(expiry, current?.expiresAt),
  }
  ctx.store.states.set(t.key, state)
  return state
}

export const getState: Operation = (ctx, req) => ({
  body: { state: stateView(existing(ctx, target(ctx, req))), meta: { cached: false } },
})

export const setState: Operation = (ctx, req) => {
  const t = target(ctx, req)
  if (req.body.payload === null) {
    // A null payload deletes the state.
    const current = existing(ctx, t)
    ctx.store.states.delete(t.key)
    return { body: { state: stateView(current) } }
  }
  return { body: { state: stateView(write(ctx, t, req.body.payload, req.body.expiry)) } }
}

export const getOrSetState: Operation = (ctx, req) => {
  const t = target(ctx, req)
  const current = ctx.store.liveState(t.key)
  const state = current ?? write(ctx, t, req.body.payload, req.body.expiry)
  return { body: { state: stateView(state), meta: { cached: false } } }
}

export const patchState: Operation = (ctx, req) => {
  const t = target(ctx, req)
  const current = existing(ctx, t)
  return { body: { state: stateView(write(ctx, t, { ...current.payload, ...req.body.payload }, undefined)) } }
}

export const setStateExpiry: Operation = (ctx, req) => {
  const t = target(ctx, req)
  const current = existing(ctx, t)
  current.expiresAt = expiresAt(req.body.expiry, undefined)
  current.updatedAt = now()
  return { body: { state: stateView(current) } }
}
