import { createHash } from 'node:crypto'
import { normalizeEmail } from '../agents/agent-user'
import { isNotFound, orIfMissing, refuse } from '../api/errors'
import type { SavedReplyRecord } from '../definitions/saved-replies'
import type { Client } from '../integration-types'
import { refuseConflict } from '../session/conflict'
import type { ReplyDecision } from './saved-reply-rules'

/** A reply's id: a digest of the create call's idempotency key, so a retry lands on the same key. */
export const replyIdFor = (idempotencyKey: string) =>
  `sr_${createHash('sha256').update(`saved-reply:${idempotencyKey}`).digest('hex').slice(0, 32)}`

const stateOf = (integrationId: string) => ({
  type: 'integration' as const,
  id: integrationId,
  name: 'savedReplies' as const,
})

/** Every saved reply of the installation (none before the first is written). */
export const loadReplies = async (client: Client, integrationId: string): Promise<Record<string, SavedReplyRecord>> => {
  const found = await orIfMissing(client.getState(stateOf(integrationId)), undefined)
  return found?.state.payload ?? {}
}

/**
 * Writes the decided record under its own key with patchState, so two agents writing different replies at
 * once both land; a refusal writes nothing.
 */
export const commitReply = async (client: Client, integrationId: string, decision: ReplyDecision) => {
  if (decision.kind === 'refused')
    return decision.conflict ? refuseConflict(decision.reason, decision.conflict) : refuse(decision.reason)
  if (decision.kind === 'unchanged') return decision.record
  const state = stateOf(integrationId)
  const write = () => client.patchState({ ...state, payload: { [decision.record.id]: decision.record } })
  await write().catch(async (err) => {
    if (!isNotFound(err)) throw err
    // The first saved reply: create the state, then merge (another instance may be doing the same).
    await client.getOrSetState({ ...state, payload: {} })
    await write()
  })
  return decision.record
}

/** Who edits, as the record keeps it. */
export const editorOf = (agent: { email: string; name: string }) => ({
  email: normalizeEmail(agent.email),
  name: agent.name,
})

/** What the tab sees of a reply. */
export const publicReply = ({ id, title, text, revision, updatedAt, updatedBy }: SavedReplyRecord) => ({
  id,
  title,
  text,
  revision,
  updatedAt,
  updatedBy,
})
