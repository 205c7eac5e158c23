import type { Client } from '../integration-types'
import { isTransient } from './errors'

type SessionEvent =
  | { type: 'hitlAssigned'; payload: { conversationId: string; userId: string } }
  | { type: 'hitlStopped'; payload: { conversationId: string } }

/** A dropped connection can hide a landed event: look, then try again, a bounded number of times. */
const MAX_ATTEMPTS = 4

/** Whether the newest event of this type on the session already says the same thing. */
const alreadyEmitted = async (client: Client, event: SessionEvent): Promise<boolean> => {
  const { events } = await client.listEvents({ conversationId: event.payload.conversationId })
  const newest = events.find((e) => e.type === event.type || e.type.endsWith(`:${event.type}`))
  if (!newest) return false
  if (event.type === 'hitlStopped') return true
  return (newest.payload as { userId?: string }).userId === event.payload.userId
}

/**
 * Events are the one write Botpress cannot de-duplicate, and the plugin acts on each one (it tells the
 * end user who joined, or hands the conversation back). So an event is only created when the session's
 * newest event of that type does not already say the same, which makes a retried action emit nothing twice.
 */
export const emitOnce = async (client: Client, event: SessionEvent): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    if (await alreadyEmitted(client, event)) return
    try {
      await client.createEvent({ type: event.type, payload: event.payload, conversationId: event.payload.conversationId } as never)
      return
    } catch (err) {
      if (!isTransient(err) || attempt >= MAX_ATTEMPTS) throw err
    }
  }
}
