import type { Client } from '../integration-types'
import { ABANDONED_CLAIM_MS, claimClosure, type CloseRequest } from './claim'
import { commit } from './commit'
import { loadSession } from './load-session'
import { close, type Decision } from './rules'
import type { Session } from './session'

export type { CloseRequest }
export { readClosure } from './claim'

/**
 * The agent's hand-back and the bot's stop can cross. The claim makes the first closer win: it alone
 * writes the close (or a later caller, if the winner died half-way), and hitlStopped is emitted only if
 * that closer was an agent. `decide` is the rule for this closer: it may refuse before anything is written.
 */
export const closeWithClaim = async (
  client: Client,
  session: Session,
  request: CloseRequest,
  decide: (session: Session, at: number) => Decision = (s, at) =>
    close(s, request.source, request.by, at, request.source === 'agent' ? request.reason : undefined)
): Promise<Session> => {
  const at = Date.now()
  const decision = decide(session, at)
  // A refusal writes nothing; a closed session is finished (a retry after a close that died half-way).
  if (decision.kind !== 'change') return commit(client, session, decision)
  const reason = decision.transition.why
  const winner = await claimClosure(client, session.id, { ...request, reason, at })
  const mine = winner.source === request.source && winner.reason === reason && winner.by.email === request.by.email
  if (!mine && at - winner.at < ABANDONED_CLAIM_MS) {
    // The other closer writes the close; recording it twice would give the timeline two endings.
    return loadSession(client, session.id)
  }
  const why = winner.source === 'agent' ? winner.reason : undefined
  return commit(client, session, close(session, winner.source, winner.by, winner.at, why))
}
