import type { Client } from '../integration-types'
import { claimUnlessTaken, giveBackClaim } from './claim'
import { commit } from './commit'
import { isAbandoned, type EndUserConfig } from './end-user-presence'
import { loadSession } from './load-session'
import { close, closeWhy } from './rules'
import type { Actor, Session } from './session'

const system: Actor = { kind: 'system' }

/**
 * Closes a pending session whose end user left, through the normal close (source `timeout`), unless an agent
 * takes it at the same moment: a take in flight holds the claim, and then the agent wins. Once this close holds
 * the claim, a take is refused; a close that died half-way is finished by the next sweep (the claim says so).
 * Returns the session as it is now.
 */
export const closeAbandoned = async (
  client: Client,
  seen: Session,
  config: EndUserConfig,
  now: number
): Promise<Session> => {
  if (!isAbandoned(seen, config, now)) return seen
  const closure = { source: 'timeout' as const, reason: closeWhy.timeout, by: system, at: now }
  const claim = await claimUnlessTaken(client, seen.id, closure)
  if (claim.source !== 'timeout') {
    // An agent's take in flight (or another closer came first): they decide; the session is read again later.
    return seen
  }
  // The claim is this close's (or an earlier sweep's that died): read the session as it is now.
  const current = await loadSession(client, seen.id)
  if (current.status === 'assigned') {
    // A take finished just before the claim: the agent keeps the session; the claim is given back.
    await giveBackClaim(client, seen.id)
    return current
  }
  return commit(client, current, close(current, 'timeout', system, claim.at))
}

/**
 * At most this many closes per call (a few calls each): switching abandonment on over a long queue closes it over
 * the next reads and sweeps instead of holding one call open past its time.
 */
export const MAX_ABANDONED_PER_CALL = 10

/** The abandoned sessions of a list (the longest silent first, up to the bound), closed in parallel; the list comes back as it is now. */
export const closeAllAbandoned = async (
  client: Client,
  sessions: Session[],
  config: EndUserConfig,
  now: number
): Promise<Session[]> => {
  const due = new Set(
    sessions
      .filter((s) => isAbandoned(s, config, now))
      .sort((a, b) => (a.lastUserMessageAt ?? a.createdAt) - (b.lastUserMessageAt ?? b.createdAt))
      .slice(0, MAX_ABANDONED_PER_CALL)
      .map((s) => s.id)
  )
  return Promise.all(sessions.map((s) => (due.has(s.id) ? closeAbandoned(client, s, config, now) : s)))
}
