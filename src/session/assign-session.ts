import type { Client } from '../integration-types'
import { claimPendingSession } from './claim'
import { commitDecision, emitAll } from './commit-decision'
import { assign, type ActingAgent } from './rules'
import type { Agent, Session } from './session'

/** Assign, reassign or transfer; a pending session goes to the first claim. */
export const assignSession = async (
  client: Client,
  session: Session,
  agent: Agent,
  by: ActingAgent,
  reason?: string
): Promise<Session> => {
  const now = Date.now()
  if (session.status === 'pending') await claimPendingSession(client, session, agent, now)
  const decision = assign(session, agent, by, now, reason)
  if (decision.kind === 'unchanged') {
    // A retry of an assignment that died before its event: the event check makes this a no-op otherwise.
    await emitAll(client, session.id, [{ type: 'hitlAssigned', userId: agent.userId }])
    return session
  }
  return commitDecision(client, session, decision)
}
