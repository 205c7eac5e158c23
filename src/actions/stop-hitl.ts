import { offerFreedSlot, routingFor } from '../routing/auto-assign'
import { closeWithClaim } from '../session/close-session'
import { loadSession } from '../session/load-session'
import { defineAction } from './define-action'

/**
 * The bot stops the session (the end user's close command, the assignment timeout, or its flow).
 * Idempotent, and never answered with hitlStopped: the plugin already knows, and an echo would loop.
 * On a closed session it finishes the close (a retry after a crash half-way writes what was lost).
 */
export const stopHitl = defineAction('stopHitl', async ({ input, client, ctx, logger, announce }) => {
  const session = await loadSession(client, input.conversationId)
  const closed = await closeWithClaim(client, session, { source: 'bot', reason: 'bot', by: { kind: 'bot' } })
  if (closed.status === 'closed') await announce('session.closed', closed, String(closed.closedAt))
  await offerFreedSlot(routingFor({ client, ctx, logger, announce }), session, closed)
  return {}
})
