import { refuse } from '../api/errors'
import type { Client } from '../integration-types'
import { heldBy } from './rules'
import type { Agent, Session } from './session'

/** A claim older than this whose session is still pending belongs to an attempt that died half-way. */
export const ABANDONED_CLAIM_MS = 30_000

/**
 * Two agents taking one pending session at the same moment: Botpress's get-or-set state is atomic,
 * so the first claim wins and the other agent is told who holds the session.
 */
export const claimPendingSession = async (client: Client, session: Session, agent: Agent, now: number) => {
  const mine = {
    type: 'conversation' as const,
    id: session.id,
    name: 'claim' as const,
    payload: { agentUserId: agent.userId, email: agent.email, name: agent.name, at: now },
  }
  const { state } = await client.getOrSetState(mine)
  const claim = state.payload
  if (claim.agentUserId === agent.userId) return
  if (now - claim.at > ABANDONED_CLAIM_MS) {
    // The session must not stay stuck; the claim is taken over so a late retry of the dead attempt no longer holds it.
    await client.setState(mine)
    return
  }
  const holder = session.assignee ?? { userId: claim.agentUserId, email: claim.email, name: claim.name ?? claim.email }
  return refuse(`Session ${session.id} was just taken by ${heldBy(holder)}.`)
}
