import { normalizeEmail, resolveAgent } from '../agents/agent-user'
import { refuse } from '../api/errors'
import { offerFreedSlot, routingFor } from '../routing/auto-assign'
import { assignSession } from '../session/assign-session'
import { commit } from '../session/commit'
import { loadSession } from '../session/load-session'
import { intentRefusal, type AssignIntent } from '../session/rules'
import { queueSettingsOf, toSummary } from '../session/summary'
import type { ActionInput } from '../integration-types'
import { boundedText, MAX_REASON_CHARS } from './bounded-text'
import { assignmentChange } from '../webhooks/session-announcer'
import { defineAction } from './define-action'

/**
 * What the caller means. Without an explicit intent, a call without `by` (or with `by` the agent) is
 * "Assign to me": it takes a pending session and never silently transfers one another agent holds.
 */
const intentOf = (input: ActionInput<'assignAgent'>): AssignIntent => {
  const holder = input.holder === undefined ? undefined : normalizeEmail(input.holder)
  const self = !input.by || normalizeEmail(input.by.email) === normalizeEmail(input.agent.email)
  const kind = input.intent ?? (self ? 'take' : 'assign')
  if (kind === 'take') return { kind }
  if (kind === 'assign') return { kind, holder }
  return holder === undefined
    ? refuse('assignAgent: holder: required to take over (the agent you saw holding the session).')
    : { kind, holder }
}

/** "Assign to me", take over, assign to another agent, or transfer: hitlAssigned once per change of agent. */
export const assignAgent = defineAction('assignAgent', async ({ input, client, ctx, logger, announce }) => {
  const reason = boundedText('assignAgent', 'reason', input.reason, MAX_REASON_CHARS)
  const session = await loadSession(client, input.conversationId)
  const intent = intentOf(input)
  // A stale or impossible intent is refused before the agent's user is created or updated: a refusal writes nothing.
  const stale = intentRefusal(session, normalizeEmail(input.agent.email), intent)
  if (stale) await commit(client, session, stale)
  const agent = await resolveAgent(client, input.agent)
  const by = input.by ? { email: normalizeEmail(input.by.email), name: input.by.name } : agent
  const assigned = await assignSession(client, session, { agent, by, intent, reason })
  await announce(assignmentChange(session), assigned, `${assigned.assignedAt}:${agent.userId}`)
  await offerFreedSlot(routingFor({ client, ctx, logger, announce }), session, assigned)
  return { session: toSummary(assigned, Date.now(), queueSettingsOf(ctx.configuration)), agentUserId: agent.userId }
})
