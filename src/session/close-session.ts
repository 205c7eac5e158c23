import { orIfMissing } from '../api/errors'
import type { Client } from '../integration-types'
import { commitDecision, emitAll } from './commit-decision'
import { ABANDONED_CLAIM_MS } from './claim'
import { loadSession } from './load-session'
import { close } from './rules'
import type { Actor, CloseSource, Session } from './session'

export type CloseRequest = { source: CloseSource; reason: string; by: Actor }

/** How the session was closed, if a closer has claimed it (its tags may not say so yet). */
export const readClosure = async (client: Client, sessionId: string): Promise<CloseRequest | undefined> => {
  const found = await orIfMissing(client.getState({ type: 'conversation', id: sessionId, name: 'closure' }), undefined)
  if (!found) return undefined
  const { source, reason, by } = found.state.payload
  return { source, reason, by }
}

/**
 * The agent's hand-back and the bot's stop can cross. Get-or-set makes the first closer win: it alone
 * writes the close (or a later caller, if the winner died half-way), and hitlStopped is emitted only if
 * that closer was an agent.
 */
export const closeWithClaim = async (client: Client, session: Session, request: CloseRequest): Promise<Session> => {
  const at = Date.now()
  const { state } = await client.getOrSetState({
    type: 'conversation',
    id: session.id,
    name: 'closure',
    payload: { ...request, at },
  })
  const winner = state.payload
  if (session.status === 'closed') {
    // A retry after a hand-back that died before its event: finish it.
    if (winner.source === 'agent')
      await emitAll(client, session.id, [{ type: 'hitlStopped' }], session.closedAt ?? winner.at)
    return session
  }
  const mine =
    winner.source === request.source && winner.reason === request.reason && winner.by.email === request.by.email
  if (!mine && at - winner.at < ABANDONED_CLAIM_MS) {
    // The other closer writes the close; recording it twice would give the timeline two endings.
    return loadSession(client, session.id)
  }
  const reason = winner.source === 'agent' ? winner.reason : undefined
  return commitDecision(client, session, close(session, winner.source, winner.by, winner.at, reason))
}
