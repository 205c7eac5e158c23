import { emitOnce } from '../api/emit-once'
import { refuse } from '../api/errors'
import type { Client } from '../integration-types'
import { refuseConflict } from './conflict'
import { lastEmits, lastTransition, type Decision, type Emit } from './rules'
import type { Session } from './session'
import { sessionFromConversation } from './session-tags'
import { recordTransitions } from './timeline'

/** `since`: when the decision the events announce was made (the tags' time), how far back to look for them. */
const emitAll = async (client: Client, conversationId: string, emits: Emit[], since: number) => {
  for (const e of emits) {
    const event =
      e.type === 'hitlAssigned'
        ? { type: e.type, payload: { conversationId, userId: e.userId } }
        : { type: e.type, payload: { conversationId } }
    await emitOnce(client, event, since)
  }
}

/**
 * Finishes what the tags say happened last: its event (checked against those already emitted) and its
 * timeline entry (written under a key of its own, so again is harmless). A retry after a crash lands here.
 */
const finish = async (client: Client, session: Session) => {
  const transition = lastTransition(session)
  await emitAll(client, session.id, lastEmits(session), transition.at)
  await recordTransitions(client, session.id, [transition])
}

/**
 * The only code that writes a session's tags, events and timeline, in an order a retry can finish: the tags
 * first (what every reader trusts, and what the transition is built from), then the event, then the timeline
 * entry, together with the entry of the transition before it, in case a crash lost that one.
 * `unchanged` finishes the session's last transition: a retry of a call that died half-way completes it.
 */
export const commit = async (client: Client, session: Session, decision: Decision): Promise<Session> => {
  if (decision.kind === 'refused') {
    return decision.conflict ? refuseConflict(decision.reason, decision.conflict) : refuse(decision.reason)
  }
  if (decision.kind === 'unchanged') {
    await finish(client, session)
    return session
  }
  const { conversation } = await client.updateConversation({ id: session.id, tags: decision.tags })
  await emitAll(client, session.id, decision.emit, decision.transition.at)
  await recordTransitions(client, session.id, [lastTransition(session), decision.transition])
  return sessionFromConversation(conversation)
}

/** Tells the plugin again who holds the session, when a crossing call's event may have reached it last. */
export const reannounce = (client: Client, session: Session) =>
  emitAll(client, session.id, lastEmits(session), lastTransition(session).at)
