import { refuse } from '../api/errors'
import type { Client } from '../integration-types'
import { claimPendingSession, releaseClaim } from './claim'
import { closeWithClaim, readClosure } from './close-session'
import { commit, reannounce } from './commit'
import { loadSession } from './load-session'
import { assign, firstAnswer, heldBy, type ActingAgent, type AssignIntent } from './rules'
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
  await reannounce(client, current)
  return refuse(`Session ${sessionId} was transferred to ${heldBy(current.assignee)} at the same moment.`)
}

/**
 * The claim decides between takes in flight together; a take that finished and released the claim before this
 * one reached it is found by reading the session again, so the rules refuse this take instead of overwriting it.
 */
const claimAndReload = async (client: Client, seen: Session, agent: Agent, now: number): Promise<Session> => {
  const closure = await claimPendingSession(client, seen, agent, now)
  if (closure) {
    // A closer came first (it may have died half-way): its close is finished, and the take refused.
    await closeWithClaim(client, seen, closure)
    return refuse(`Session ${seen.id} was closed at the same moment (${closure.source}).`)
  }
  const session = await loadSession(client, seen.id)
  if (session.status !== 'pending' && session.assignee?.userId !== agent.userId) {
    await releaseClaim(client, session.id, agent)
  }
  return session
}

export type AssignRequest = {
  agent: Agent
  by: ActingAgent
  intent?: AssignIntent
  reason?: string
  /** The take is the agent's first answer: its time is written with the take. */
  answering?: boolean
}

/** Take, take over, assign or transfer: a pending session goes to the first claim, then the rules decide. */
export const assignSession = async (client: Client, seen: Session, request: AssignRequest): Promise<Session> => {
  const { agent, by, intent, reason } = request
  const now = Date.now()
  const session = seen.status === 'pending' ? await claimAndReload(client, seen, agent, now) : seen
  const decision = assign(session, agent, by, now, reason, intent)
  const committed = await commit(client, session, request.answering ? firstAnswer(session, decision, now) : decision)
  // Only a transfer can cross another: a pending session is decided by the claim.
  if (session.status === 'assigned' && committed.assignee?.userId !== session.assignee?.userId) {
    return settleCrossedTransfer(client, session.id, agent)
  }
  // The take is written (or was, by an attempt that died): the claim goes to the closers, unless one came first.
  if (session.status === 'pending' || session.assignedFrom === 'pending') {
    const closure = await releaseClaim(client, session.id, agent)
    if (closure) {
      await closeWithClaim(client, await loadSession(client, session.id), closure)
      return refuse(`Session ${session.id} was closed at the same moment (${closure.source}).`)
    }
  }
  return committed
}
