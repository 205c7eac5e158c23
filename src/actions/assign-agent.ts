import { normalizeEmail, resolveAgent } from '../agents/agent-user'
import { assignSession } from '../session/assign-session'
import { loadSession } from '../session/load-session'
import { toSummary } from '../session/summary'
import { defineAction } from './define-action'

/** "Assign to me", assign to another agent, or transfer: hitlAssigned once per change of agent. */
export const assignAgent = defineAction('assignAgent', async ({ input, client }) => {
  const session = await loadSession(client, input.conversationId)
  const agent = await resolveAgent(client, input.agent)
  const by = input.by ? { email: normalizeEmail(input.by.email), name: input.by.name } : agent
  const assigned = await assignSession(client, session, agent, by, input.reason)
  return { session: toSummary(assigned, Date.now()), agentUserId: agent.userId }
})
