import { RuntimeError } from '@botpress/sdk'
import type { Conflict } from './rules'

/**
 * A refusal because what the caller saw is no longer true (another agent took the session, an idempotency key
 * already names other content). 409, with the stale field and the holder, so the HITL tab can say who took it.
 */
export const refuseConflict = (message: string, conflict: Conflict): never => {
  const holder = conflict.holder && { name: conflict.holder.name, email: conflict.holder.email }
  const err = new RuntimeError(message, undefined, undefined, { conflict: { field: conflict.field, holder } })
  throw Object.assign(err, { code: 409 })
}
