import { createHash, randomUUID } from 'node:crypto'
import { normalizeEmail } from '../agents/agent-user'
import { isNotFound, orIfMissing } from '../api/errors'
import { refuseConflict } from '../session/conflict'
import { loadSession } from '../session/load-session'
import { MAX_NOTE_CHARS, requiredText } from './bounded-text'
import { defineAction } from './define-action'

/**
 * A note's key in the notes state is ours, never the caller's string (`__proto__` or another agent's key would
 * otherwise drop or rewrite a note): a digest of the idempotency key, which is kept in the note as data.
 */
const noteKey = (idempotencyKey: string) =>
  `n_${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32)}`

/** Notes live in the session's record (its timeline state), not as messages: nothing in state is relayed to the end user. */
export const addNote = defineAction('addNote', async ({ input, client, announce }) => {
  const text = requiredText('addNote', 'text', input.text, MAX_NOTE_CHARS)
  const session = await loadSession(client, input.conversationId)
  const idempotencyKey = input.idempotencyKey ?? randomUUID()
  const id = noteKey(idempotencyKey)
  const by = { kind: 'agent' as const, email: normalizeEmail(input.agent.email), name: input.agent.name }
  const state = { type: 'conversation' as const, id: session.id, name: 'timeline' as const }

  if (input.idempotencyKey !== undefined) {
    const found = await orIfMissing(client.getState(state), undefined)
    const entry = found?.state.payload[id]
    const earlier = entry && 'text' in entry ? entry : undefined
    if (earlier && earlier.text === text && earlier.by.email === by.email) return { noteId: id }
    if (earlier) {
      return refuseConflict(
        `addNote: idempotencyKey "${input.idempotencyKey}" was already used for another note in this session.`,
        { field: 'idempotencyKey' }
      )
    }
  }
  const note = { id, idempotencyKey, text, at: Date.now(), by }
  const write = () => client.patchState({ ...state, payload: { [id]: note } })
  await write().catch(async (err) => {
    if (!isNotFound(err)) throw err
    // The first note of a session: create the state, then merge (another instance may be doing the same).
    await client.getOrSetState({ ...state, payload: {} })
    await write()
  })
  await announce('session.note', session, id)
  return { noteId: id }
})
