// /v1/chat/events. An integration's event is checked against its definition, then stored and
// delivered to the bot as `<alias>:<type>`: the body's `type` is what the SDK's bot server dispatches on.
import { ownerOf } from '../store/caller'
import { invalid, notFound } from '../http/api-errors'
import { newId } from '../store/ids'
import { pageAnswer, paginate } from '../store/paginate'
import { deliverEventToBot } from '../delivery/routing'
import { type StoredEvent, nextSeq, now } from '../store/bot-store'
import { checkAgainst } from '../store/check-against'
import { eventView } from '../store/views'
import { conversationOf, messageOf, userOf } from './access'
import type { Operation, OpContext } from './context'

const canSeeEvent = (ctx: OpContext, e: StoredEvent) => ctx.caller.role === 'bot' || e.owner === ownerOf(ctx.caller)

const eventOf = (ctx: OpContext, id: string) => {
  const event = ctx.store.events.get(id)
  if (!event || !canSeeEvent(ctx, event)) throw notFound('Event', id)
  return event
}

const scheduleDelay = (schedule: { delay?: number; dateTime?: string } | undefined): number | undefined => {
  if (!schedule) return undefined
  if (schedule.delay !== undefined) return Math.max(0, schedule.delay)
  if (schedule.dateTime) {
    const at = Date.parse(schedule.dateTime)
    if (Number.isNaN(at)) throw invalid(`schedule.dateTime "${schedule.dateTime}" is not a date`)
    return Math.max(0, at - Date.now())
  }
  return undefined
}

export const createEvent: Operation = (ctx, { body }) => {
  const { caller } = ctx
  let type: string = body.type
  if (caller.role === 'integration') {
    const declared = caller.integration.definition.events?.[body.type]
    if (!declared) throw invalid(`Event "${body.type}" is not declared by integration "${caller.integration.name}"`)
    checkAgainst(declared.schema, body.payload, `Payload of event "${body.type}"`)
    type = `${caller.installation.alias}:${body.type}`
  }
  if (body.conversationId) conversationOf(ctx, body.conversationId)
  if (body.userId) userOf(ctx, body.userId)
  if (body.messageId) messageOf(ctx, body.messageId)
  const delay = scheduleDelay(body.schedule)
  const event: StoredEvent = {
    id: newId('evt'),
    createdAt: now(),
    seq: nextSeq(),
    type,
    payload: body.payload,
    ...(body.conversationId ? { conversationId: body.conversationId } : {}),
    ...(body.userId ? { userId: body.userId } : {}),
    ...(body.messageId ? { messageId: body.messageId } : {}),
    status: delay === undefined ? 'pending' : 'scheduled',
    failureReason: null,
    owner: ownerOf(caller),
  }
  ctx.store.events.set(event.id, event)
  if (delay === undefined) deliverEventToBot(ctx.rt, caller.bot, event)
  else
    ctx.rt.scheduler.schedule(event.id, delay, () => {
      event.status = 'pending'
      deliverEventToBot(ctx.rt, caller.bot, event)
    })
  return { status: 201, body: { event: eventView(event) } }
}

export const getEvent: Operation = (ctx, { params }) => ({ body: { event: eventView(eventOf(ctx, params.id!)) } })

export const cancelScheduledEvent: Operation = (ctx, { params }) => {
  const event = eventOf(ctx, params.id!)
  if (event.status !== 'scheduled' || !ctx.rt.scheduler.cancel(event.id))
    throw invalid(`Event "${event.id}" is not scheduled`)
  event.status = 'canceled'
  return { body: {} }
}

export const listEvents: Operation = (ctx, { query }) => {
  const filter = {
    type: query.get('type'),
    conversationId: query.get('conversationId'),
    userId: query.get('userId'),
    messageId: query.get('messageId'),
    status: query.get('status'),
  }
  const events = [...ctx.store.events.values()].filter(
    (e) =>
      canSeeEvent(ctx, e) &&
      (!filter.type || e.type === filter.type) &&
      (!filter.conversationId || e.conversationId === filter.conversationId) &&
      (!filter.userId || e.userId === filter.userId) &&
      (!filter.messageId || e.messageId === filter.messageId) &&
      (!filter.status || e.status === filter.status)
  )
  const page = paginate(events, {
    sortValue: (e) => e.createdAt,
    direction: 'desc',
    nextToken: query.get('nextToken'),
    pageSize: ctx.rt.pageSize,
  })
  return pageAnswer('events', page, eventView)
}
