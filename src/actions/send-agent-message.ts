import { isDeepStrictEqual } from 'node:util'
import { normalizeEmail, resolveAgent } from '../agents/agent-user'
import { assignSession } from '../session/assign-session'
import { commit } from '../session/commit'
import { refuseConflict } from '../session/conflict'
import { loadSession } from '../session/load-session'
import { agentMessage } from '../session/rules'
import { boundedText, MAX_REPLY_CHARS } from './bounded-text'
import { defineAction } from './define-action'

/**
 * The agent answers: an incoming message of the session from the agent's user, which the plugin relays to
 * the end user. Get-or-create on the idempotency key: a retried call finds the message it already sent, and
 * a key already used for other content is refused rather than answered with someone else's message.
 */
export const sendAgentMessage = defineAction('sendAgentMessage', async ({ input, client, announce }) => {
  // Botpress sets no limit on a text; end-user channels do, so a reply is held to the composer's before any write.
  const { text } = input.message.payload
  if (input.message.type === 'text' && typeof text === 'string')
    boundedText('sendAgentMessage', 'message.payload.text', text, MAX_REPLY_CHARS)
  const session = await loadSession(client, input.conversationId)
  const identity = { email: normalizeEmail(input.agent.email), name: input.agent.name }
  // Decided before the agent's user is touched: a refused answer writes nothing.
  const decision = agentMessage(session, identity, Date.now())
  if (decision.kind === 'refused') await commit(client, session, decision)
  // The holder is known from the session's tags: answering costs no user lookup.
  const agent = session.assignee?.email === identity.email ? session.assignee : await resolveAgent(client, input.agent)
  // A pending session is assigned to the first agent who answers, as the plugin expects.
  let current = session
  if (session.status === 'pending') {
    const take = { agent, by: agent, intent: { kind: 'take' as const }, reason: 'first agent message', answering: true }
    current = await assignSession(client, session, take)
    await announce('session.assigned', current, `${current.assignedAt}:${agent.userId}`)
  }

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
  })
  const same =
    message.userId === agent.userId &&
    message.type === input.message.type &&
    isDeepStrictEqual(message.payload, JSON.parse(JSON.stringify(payload)))
  if (!same) {
    return refuseConflict(
      `sendAgentMessage: idempotencyKey "${input.idempotencyKey}" was already used for another message in this session.`,
      { field: 'idempotencyKey' }
    )
  }
  // Answering a session already taken writes nothing else: its first answer costs one update, once per session.
  if (current.firstResponseAt === undefined) {
    await client.updateConversation({
      id: session.id,
      tags: { firstResponseAt: String(Date.parse(message.createdAt) || Date.now()) },
    })
  }
  await announce('session.message', current, message.id, {
    id: message.id,
    sender: 'agent',
    type: message.type,
    payload,
  })
  return { messageId: message.id, agentUserId: agent.userId }
})
