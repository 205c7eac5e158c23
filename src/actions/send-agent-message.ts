import { normalizeEmail, resolveAgent } from '../agents/agent-user'
import { refuse } from '../api/errors'
import type { Client } from '../integration-types'
import { assignSession } from '../session/assign-session'
import { loadSession } from '../session/load-session'
import { agentMessage } from '../session/rules'
import type { Agent, Session } from '../session/session'
import { defineAction } from './define-action'

/** The assigned agent is known from the session's tags: answering costs no user lookup. */
const actingAgent = async (
  client: Client,
  session: Session,
  identity: { email: string; name: string; pictureUrl?: string }
) => {
  if (session.assignee && session.assignee.email === normalizeEmail(identity.email)) return session.assignee
  return resolveAgent(client, identity)
}

const ensureMayWrite = async (client: Client, session: Session, agent: Agent) => {
  const decision = agentMessage(session, agent, Date.now())
  if (decision.kind === 'refused') return refuse(decision.reason)
  // A pending session is assigned to the first agent who answers, as the plugin expects.
  if (decision.kind === 'change') await assignSession(client, session, agent, agent, 'first agent message')
}

/**
 * The agent answers: an incoming message of the session from the agent's user, which the plugin relays to
 * the end user. Get-or-create on the idempotency key: a retried call finds the message it already sent.
 */
export const sendAgentMessage = defineAction('sendAgentMessage', async ({ input, client }) => {
  const session = await loadSession(client, input.conversationId)
  const agent = await actingAgent(client, session, input.agent)
  await ensureMayWrite(client, session, agent)

  const payload = {
    ...input.message.payload,
    ...(input.additionalData ? { additionalData: input.additionalData } : {}),
  }
  const { message } = await client.getOrCreateMessage({
    conversationId: session.id,
    userId: agent.userId,
    type: input.message.type,
    payload,
    tags: { idempotencyKey: input.idempotencyKey, sender: 'agent' },
    discriminateByTags: ['idempotencyKey'],
  } as never)
  return { messageId: message.id, agentUserId: agent.userId }
})
