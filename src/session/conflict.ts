import { RuntimeError } from '@botpress/sdk'
import type { Conflict } from './rules'

/** Who holds what the caller saw changed: a session's agent, or the editor of a saved reply. */
type Holder = Pick<NonNullable<Conflict['holder']>, 'name' | 'email'>

/**
 * A refusal because what the caller saw is no longer true (another agent holds the session, an idempotency key
 * already names other content): status 409, with the stale field and the holder in its metadata, so the HITL
 * tab can say who took the session. The SDK server keeps a RuntimeError's status and metadata, and nothing else's.
 */
export const refuseConflict = (message: string, conflict: { field: string; holder?: Holder }): never => {
  const holder = conflict.holder && { name: conflict.holder.name, email: conflict.holder.email }
  const metadata = { conflict: { field: conflict.field, ...(holder ? { holder } : {}) } }
  const err = new RuntimeError(message, undefined, undefined, metadata)
  Object.assign(err, { code: 409 })
  throw err
}
