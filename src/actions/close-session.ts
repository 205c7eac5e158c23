import { normalizeEmail } from '../agents/agent-user'
import { closeWithClaim } from '../session/close-session'
import { loadSession } from '../session/load-session'
import { toSummary } from '../session/summary'
import { defineAction } from './define-action'

/** "Resume chatbot": the agent hands the conversation back; the plugin hears hitlStopped exactly once. */
export const closeSession = defineAction('closeSession', async ({ input, client }) => {
  const session = await loadSession(client, input.conversationId)
  const by = { kind: 'agent' as const, email: normalizeEmail(input.agent.email), name: input.agent.name }
  const closed = await closeWithClaim(client, session, { source: 'agent', reason: input.reason, by })
  return { session: toSummary(closed, Date.now()) }
})
