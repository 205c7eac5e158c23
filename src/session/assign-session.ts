import { refuse } from '../api/errors'
import type { Client } from '../integration-types'
import { claimPendingSession } from './claim'
import { closeWithClaim, readClosure } from './close-session'
import { commitDecision, emitAll } from './commit-decision'
import { loadSession } from './load-session'
import { assign, heldBy, type ActingAgent } from './rules'
import type { Agent, Session } from './session'

/**
 * A transfer of an assigned session can cross another transfer or a close, and Botpress has no
 * compare-and-set on tags. A close always wins: a transfer that overwrote it writes the close again.
 * Between transfers the tags decide who holds the session, and the plugin's last word must agree with
 * them: the overtaken caller is told who holds it, and if its event reached the plugin last, the holder
 * is announced again.
 */
const settleCrossedTransfer = async (client: Client, sessionId: string, agent: Agent): Promise<Session> => {
  const [current, closure] = await Promise.all([loadSession(client, sessionId), readClosure(client, sessionId)])
  if (closure) {
    if (current.status !== 'closed') await closeWithClaim(client, current, closure)
    return refuse(`Session ${sessionId} was closed at the same moment (${closure.source}).`)
  }
  if (!current.assignee || current.assignee.userId === agent.userId) return current
  await emitAll(client, sessionId, [{ type: 'hitlAssigned', userId: current.assignee.userId }], current.assignedAt ?? 0)
  return refuse(`Session ${sessionId} was transferred to ${heldBy(current.assignee)} at the same moment.`)
}

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
    await emitAll(client, session.id, [{ type: 'hitlAssigned', userId: agent.userId }], session.assignedAt ?? 0)
    return session
  }
  const committed = await commitDecision(client, session, decision)
  // Only a transfer can cross another: a pending session is decided by the claim.
  return session.status === 'assigned' ? settleCrossedTransfer(client, session.id, agent) : committed
}
