import { normalizeEmail } from '../agents/agent-user'
import { offerFreedSlot, routingFor } from '../routing/auto-assign'
import { closeWithClaim } from '../session/close-session'
import { loadSession } from '../session/load-session'
import { agentClose } from '../session/rules'
import { queueSettingsOf, toSummary } from '../session/summary'
import { MAX_REASON_CHARS, requiredText } from './bounded-text'
import { defineAction } from './define-action'

/**
 * "Resume chatbot": the holder hands the conversation back; the plugin hears hitlStopped exactly once.
 * Another agent closes it only by saying whom they take it over from (`takeOverFrom`), and the close says so.
 */
export const closeSession = defineAction('closeSession', async ({ input, client, ctx, logger, announce }) => {
  const reason = requiredText('closeSession', 'reason', input.reason, MAX_REASON_CHARS)
  const session = await loadSession(client, input.conversationId)
  const by = { kind: 'agent' as const, email: normalizeEmail(input.agent.email), name: input.agent.name }
  const takeOverFrom = input.takeOverFrom === undefined ? undefined : normalizeEmail(input.takeOverFrom)
  const closed = await closeWithClaim(client, session, { source: 'agent', reason, by }, (s, at) =>
    agentClose(s, by, at, reason, takeOverFrom)
  )
  if (closed.status === 'closed') await announce('session.closed', closed, String(closed.closedAt))
  await offerFreedSlot(routingFor({ client, ctx, logger, announce }), session, closed)
  return { session: toSummary(closed, Date.now(), queueSettingsOf(ctx.configuration)) }
})
