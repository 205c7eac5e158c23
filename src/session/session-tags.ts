import type { Conversation } from '@botpress/client'
import { priorities, type Priority } from '../definitions/session-entity'
import type { SessionTags } from '../integration-types'
import type { Session, SessionStatus } from './session'

const statuses: SessionStatus[] = ['pending', 'assigned', 'closed']
const ms = (value: string | undefined) => (value ? Number(value) : undefined)
const text = (value: string | undefined) => (value ? value : undefined)

/** Botpress keeps tag values to 500 characters; longer text is cut here rather than refused there. */
export const tagValue = (value: string) => value.slice(0, 500)

export const sessionFromConversation = (conversation: Pick<Conversation, 'id' | 'tags'>): Session => {
  const tags = conversation.tags as Partial<SessionTags>
  const status = statuses.includes(tags.status as SessionStatus) ? (tags.status as SessionStatus) : 'pending'
  const priority = priorities.includes(tags.priority as Priority) ? (tags.priority as Priority) : 'normal'
  return {
    id: conversation.id,
    status,
    title: tags.title ?? '',
    priority,
    category: text(tags.category),
    endUser: { id: tags.endUser ?? '', name: text(tags.endUserName) },
    assignee:
      tags.assignee && tags.assigneeEmail
        ? { userId: tags.assignee, email: tags.assigneeEmail, name: tags.assigneeName ?? tags.assigneeEmail }
        : undefined,
    createdAt: ms(tags.createdAt) ?? 0,
    assignedAt: ms(tags.assignedAt),
    firstAssignedAt: ms(tags.firstAssignedAt),
    closedAt: ms(tags.closedAt),
    closedBy: text(tags.closedBy),
    closeReason: text(tags.closeReason),
    lastUserMessageAt: ms(tags.lastUserMessageAt),
  }
}

/** A conversation is one of our sessions only if it sits on our channel and carries a status. */
export const isSession = (conversation: Pick<Conversation, 'channel' | 'tags'>): boolean =>
  conversation.channel === 'hitl' && typeof conversation.tags.status === 'string' && conversation.tags.status.length > 0
