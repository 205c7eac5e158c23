import { randomUUID } from 'node:crypto'
import { normalizeEmail } from '../agents/agent-user'
import { isNotFound } from '../api/errors'
import { loadSession } from '../session/load-session'
import { defineAction } from './define-action'

/** Notes live in session state, not as messages: nothing in state is ever relayed to the end user. */
export const addNote = defineAction('addNote', async ({ input, client }) => {
  const session = await loadSession(client, input.conversationId)
  const id = input.idempotencyKey ?? randomUUID()
  const note = {
    id,
    text: input.text,
    at: Date.now(),
    by: { kind: 'agent' as const, email: normalizeEmail(input.agent.email), name: input.agent.name },
  }
  // Keyed by id: a retried call rewrites the same entry instead of adding a second note.
  const write = () =>
    client.patchState({ type: 'conversation', id: session.id, name: 'notes', payload: { [id]: note } })
  await write().catch(async (err) => {
    if (!isNotFound(err)) throw err
    // The first note of a session: create the state, then merge (another instance may be doing the same).
    await client.getOrSetState({ type: 'conversation', id: session.id, name: 'notes', payload: {} })
    await write()
  })
  return { noteId: id }
})
