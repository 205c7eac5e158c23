import { closeAllAbandoned } from '../session/abandon-session'
import { endUserConfigOf } from '../session/end-user-presence'
import { listAll } from '../session/list-all'
import { sessionPage, sessionsOf } from '../session/session-pages'
import { defineAction } from './define-action'

/**
 * The desk's change loop calls this at most once a minute: pending sessions whose end user left close by
 * themselves even when nobody reads the queue. Without abandonment configured it reads nothing.
 */
export const sweepAbandoned = defineAction('sweepAbandoned', async ({ client, ctx, announce }) => {
  const config = endUserConfigOf(ctx.configuration)
  if (config.abandonPendingAfterMinutes === undefined) return { enabled: false, closed: [], pending: 0 }
  const pending = sessionsOf(await listAll((nextToken) => sessionPage(client, 'pending', {}, nextToken)))
  const now = Date.now()
  const after = await closeAllAbandoned(client, pending, config, now)
  const closed = after.filter((s) => s.status === 'closed')
  await Promise.all(closed.map((s) => announce('session.closed', s, String(s.closedAt))))
  return { enabled: true, closed: closed.map((s) => s.id), pending: after.filter((s) => s.status === 'pending').length }
})
