import { orIfMissing, refuse } from '../api/errors'
import type { Client, StatePayload } from '../integration-types'
import { heldBy } from './rules'
import type { Actor, Agent, CloseSource, Session } from './session'

/** A claim older than this whose session is still pending belongs to an attempt that died half-way. */
export const ABANDONED_CLAIM_MS = 30_000

export type CloseRequest = { source: CloseSource; reason: string; by: Actor }
type Claim = StatePayload<'claim'>
type Closure = CloseRequest & { at: number }
type AgentClaim = { agentUserId: string; email: string; name?: string; at: number }

const closureOf = ({ source, reason, by, at }: Claim): Closure | undefined =>
  source && by ? { source, reason: reason ?? '', by, at } : undefined
const agentOf = ({ agentUserId, email, name, at }: Claim): AgentClaim | undefined =>
  agentUserId && email ? { agentUserId, email, name, at } : undefined
const claimState = (sessionId: string) => ({ type: 'conversation' as const, id: sessionId, name: 'claim' as const })

/**
 * One state decides who moves a session first, since Botpress's get-or-set is its only compare-and-set: an
 * agent taking a pending session, or a closer. A take releases it once its assignment is written, so the
 * closers of the assigned session meet on it next; a closure stays, it is final.
 */
export const claimPendingSession = async (
  client: Client,
  session: Session,
  agent: Agent,
  now: number
): Promise<Closure | undefined> => {
  const mine = { agentUserId: agent.userId, email: agent.email, name: agent.name, at: now }
  const { state } = await client.getOrSetState({ ...claimState(session.id), payload: mine })
  // A closer came first: the caller finishes that close (its closer may have died) and refuses the take.
  const closure = closureOf(state.payload)
  if (closure) return closure
  const claim = agentOf(state.payload) ?? mine
  if (claim.agentUserId === agent.userId) return undefined
  if (now - claim.at > ABANDONED_CLAIM_MS) {
    // The session must not stay stuck; the claim is taken over so a late retry of the dead attempt no longer holds it.
    await client.setState({ ...claimState(session.id), payload: mine })
    return undefined
  }
  const holder = session.assignee ?? { userId: claim.agentUserId, email: claim.email, name: claim.name ?? claim.email }
  return refuse(`Session ${session.id} was just taken by ${heldBy(holder)}.`)
}

/** How the session was closed, if a closer has claimed it (its tags may not say so yet). */
export const readClosure = async (client: Client, sessionId: string): Promise<Closure | undefined> => {
  const found = await orIfMissing(client.getState(claimState(sessionId)), undefined)
  return found && closureOf(found.state.payload)
}

/**
 * After a take is written: frees the claim for the closers, unless a closer took it meanwhile (then the
 * close is what stands, and it is returned).
 */
export const releaseClaim = async (client: Client, sessionId: string, agent: Agent): Promise<Closure | undefined> => {
  const found = await orIfMissing(client.getState(claimState(sessionId)), undefined)
  if (!found) return undefined
  const closure = closureOf(found.state.payload)
  if (closure) return closure
  if (found.state.payload.agentUserId === agent.userId) {
    // Two retries of one take may both release it: gone already is released.
    await orIfMissing(client.setState({ ...claimState(sessionId), payload: null }), undefined)
  }
  return undefined
}

/**
 * The first closer wins. A take's claim still there (a take in flight, or one that died before releasing it)
 * gives way to the closer: the take, when it finishes, finds the close and writes it again.
 */
export const claimClosure = async (client: Client, sessionId: string, closure: Closure): Promise<Closure> => {
  const { state } = await client.getOrSetState({ ...claimState(sessionId), payload: closure })
  const first = closureOf(state.payload)
  if (first) return first
  await client.setState({ ...claimState(sessionId), payload: closure })
  return closure
}

/**
 * A closer that gives way to a take in flight (the integration's own close of an abandoned session): whoever wrote
 * the claim first, take or close, is returned.
 */
export const claimUnlessTaken = async (client: Client, sessionId: string, closure: Closure): Promise<Claim> =>
  (await client.getOrSetState({ ...claimState(sessionId), payload: closure })).state.payload

/** Gives the claim back, when the session turned out to be taken before it was claimed. */
export const giveBackClaim = (client: Client, sessionId: string) =>
  orIfMissing(client.setState({ ...claimState(sessionId), payload: null }), undefined)
