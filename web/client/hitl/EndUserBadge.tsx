import { duration } from '../shared/time'
import type { SessionSummary } from './desk-api'

/**
 * Whether the end user is still there: they asked for a human again from another conversation, or have been
 * silent past the configured time (the silence keeps counting in the tab).
 */
export const EndUserBadge = ({ session: s, now }: { session: SessionSummary; now: number }) => {
  if (s.status === 'closed') return null
  if (s.endUserNewConversationAt !== undefined)
    return (
      <span class="badge end-user-left" data-testid="end-user-left" title="This session now answers that conversation">
        The end user started a new conversation
      </span>
    )
  if (s.endUserSilentMs === undefined) return null
  const silentSince = s.lastUserMessageAt ?? s.createdAt
  return (
    <span class="badge end-user-silent" data-testid="end-user-silent">
      End user silent for {duration(Math.max(s.endUserSilentMs, now - silentSince))}
    </span>
  )
}
