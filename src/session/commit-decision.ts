import { emitOnce } from '../api/emit-once'
import { refuse } from '../api/errors'
import type { Client } from '../integration-types'
import type { Decision, Emit } from './rules'
import type { Session } from './session'
import { sessionFromConversation } from './session-tags'
import { appendTransition } from './timeline'

/** `since`: when the decision the events announce was made (the tags' time), how far back to look for them. */
export const emitAll = async (client: Client, sessionId: string, emits: Emit[], since: number) => {
  for (const e of emits) {
    if (e.type === 'hitlAssigned') {
      await emitOnce(client, { type: 'hitlAssigned', payload: { conversationId: sessionId, userId: e.userId } }, since)
    } else {
      await emitOnce(client, { type: 'hitlStopped', payload: { conversationId: sessionId } }, since)
    }
  }
}

/**
 * Writes what the rules decided, in an order a retry can finish: the tags first (what every reader
 * trusts), then the event (checked against the events already emitted), then the timeline entry.
 */
export const commitDecision = async (client: Client, session: Session, decision: Decision): Promise<Session> => {
  if (decision.kind === 'refused') return refuse(decision.reason)
  if (decision.kind === 'unchanged') return session
  const { conversation } = await client.updateConversation({ id: session.id, tags: decision.tags } as never)
  await emitAll(client, session.id, decision.emit, decision.transition.at)
  await appendTransition(client, session.id, decision.transition)
  return sessionFromConversation(conversation as { id: string; tags: Record<string, string> })
}
