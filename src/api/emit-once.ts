import type { Client } from '../integration-types'
import { isTransient } from './errors'

type SessionEvent =
  | { type: 'hitlAssigned'; payload: { conversationId: string; userId: string } }
  | { type: 'hitlStopped'; payload: { conversationId: string } }

/** A dropped connection can hide a landed event: look, then try again, a bounded number of times. */
const MAX_ATTEMPTS = 4
/** Botpress stamps events with its clock, the decision carries ours. */
const CLOCK_SKEW_MS = 5_000
/** Looking back stops here (1,000 events since the decision); past it the event is taken as sent, never doubled. */
const MAX_PAGES = 50

const isOfType = (type: string, wanted: SessionEvent['type']) => type === wanted || type.endsWith(`:${wanted}`)

/**
 * Whether an event of this type already says the same since the decision it announces (`since`, ms). Every
 * answer in a session is an event too, so the events are read back page by page down to the decision,
 * never further: the one event found for an assignment a hundred answers ago is still found.
 */
const alreadyEmitted = async (client: Client, event: SessionEvent, since: number): Promise<boolean> => {
  let nextToken: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const { events, meta } = await client.listEvents({ conversationId: event.payload.conversationId, nextToken })
    for (const e of events) {
      if (Date.parse(e.createdAt) < since - CLOCK_SKEW_MS) return false
      if (!isOfType(e.type, event.type)) continue
      return event.type === 'hitlStopped' || (e.payload as { userId?: string }).userId === event.payload.userId
    }
    nextToken = meta.nextToken
    if (!nextToken) return false
  }
  return true
}

/**
 * Events are the one write Botpress cannot de-duplicate, and the plugin acts on each one (it tells the
 * end user who joined, or hands the conversation back). So an event is only created when the session's
 * newest event of that type since the decision does not already say the same, which makes a retried
 * action emit nothing twice.
 */
export const emitOnce = async (client: Client, event: SessionEvent, since: number): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    if (await alreadyEmitted(client, event, since)) return
    try {
      await client.createEvent({
        type: event.type,
        payload: event.payload,
        conversationId: event.payload.conversationId,
      })
      return
    } catch (err) {
      if (!isTransient(err) || attempt >= MAX_ATTEMPTS) throw err
    }
  }
}
