import type { z } from '@botpress/sdk'
import type { Priority } from '../definitions/session-entity'
import type { actorSchema, closeSources, sessionStatuses, transitionSchema } from '../definitions/states'

export type SessionStatus = (typeof sessionStatuses)[number]
export type CloseSource = (typeof closeSources)[number]
export type Actor = z.infer<typeof actorSchema>
export type Transition = z.infer<typeof transitionSchema>
export type Agent = { userId: string; email: string; name: string }

/**
 * A session as every handler sees it: read from the conversation's tags, the only place it lives. The tags
 * also say how the session reached its status (who, why, from which status), so the timeline entry of the
 * last transition can always be written again from them after a crash.
 */
export type Session = {
  id: string
  status: SessionStatus
  title: string
  priority: Priority
  category?: string
  endUser: { id: string; name?: string }
  assignee?: Agent
  assignedBy?: { email: string; name: string }
  assignReason?: string
  assignedFrom?: SessionStatus
  createdAt: number
  assignedAt?: number
  firstAssignedAt?: number
  closedAt?: number
  closedBy?: string
  closedByName?: string
  closedFrom?: SessionStatus
  closeReason?: string
  lastUserMessageAt?: number
  firstResponseAt?: number
  endUserMessages?: number
  lastCountedMessage?: string
  lastMessage?: string
  startDigest?: string
  newConversationAt?: number
}
