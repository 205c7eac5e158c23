// Small integration-facing routes: configureIntegration (accepted), listTagValues, trackAnalytics.
import { forbidden } from '../http/api-errors'
import { pageAnswer, paginate } from '../store/paginate'
import { nextSeq } from '../store/bot-store'
import { toStoredKey } from '../store/tags'
import { canListUser, canSeeConversation, canSeeMessage } from './access'
import type { Operation } from './context'

export const configureIntegration: Operation = (ctx) => {
  if (ctx.caller.role !== 'integration') throw forbidden('Only an integration can configure itself')
  return { body: {} }
}

export const trackAnalytics: Operation = () => ({ body: {} })

export const listTagValues: Operation = (ctx, { params, query }) => {
  const key = toStoredKey(ctx.caller, params.key!)
  const type = query.get('type')
  const records =
    type === 'user'
      ? [...ctx.store.users.values()].filter((u) => canListUser(ctx, u))
      : type === 'conversation'
        ? [...ctx.store.conversations.values()].filter((c) => canSeeConversation(ctx, c))
        : [...ctx.store.messages.values()].filter((m) => canSeeMessage(ctx, m))
  const values = [...new Set(records.map((r) => r.tags[key]).filter((v): v is string => v !== undefined))].sort()
  const page = paginate(
    values.map((value) => ({ value, seq: nextSeq() })),
    { sortValue: (v) => v.value, direction: 'asc', nextToken: query.get('nextToken'), pageSize: ctx.rt.pageSize }
  )
  return pageAnswer('tags', page, (v) => ({ value: v.value }))
}
