import type { Conversation } from '@botpress/client'
import { priorities, type Priority } from '../definitions/session-entity'
import { sessionStatuses } from '../definitions/states'
import type { SessionTags } from '../integration-types'
import type { Session, SessionStatus } from './session'

const ms = (value: string | undefined) => (value ? Number(value) : undefined)
const text = (value: string | undefined) => (value ? value : undefined)
const isStatus = (value: string | undefined): value is SessionStatus =>
  sessionStatuses.some((status) => status === value)
const isPriority = (value: string | undefined): value is Priority => priorities.some((p) => p === value)

/** Botpress keeps tag values to 500 characters; longer text is cut here rather than refused there. */
export const tagValue = (value: string) => value.slice(0, 500)

export const sessionFromTags = (id: string, tags: Partial<SessionTags>): Session => ({
  id,
  status: isStatus(tags.status) ? tags.status : 'pending',
  title: tags.title ?? '',
  priority: isPriority(tags.priority) ? tags.priority : 'normal',
  category: text(tags.category),
  endUser: { id: tags.endUser ?? '', name: text(tags.endUserName) },
  assignee:
    tags.assignee && tags.assigneeEmail
      ? { userId: tags.assignee, email: tags.assigneeEmail, name: tags.assigneeName ?? tags.assigneeEmail }
      : undefined,
  assignedBy: tags.assignedBy ? { email: tags.assignedBy, name: tags.assignedByName ?? tags.assignedBy } : undefined,
  assignReason: text(tags.assignReason),
  assignedFrom: isStatus(tags.assignedFrom) ? tags.assignedFrom : undefined,
  createdAt: ms(tags.createdAt) ?? 0,
  assignedAt: ms(tags.assignedAt),
  firstAssignedAt: ms(tags.firstAssignedAt),
  closedAt: ms(tags.closedAt),
  closedBy: text(tags.closedBy),
  closedByName: text(tags.closedByName),
  closedFrom: isStatus(tags.closedFrom) ? tags.closedFrom : undefined,
  closeReason: text(tags.closeReason),
  lastUserMessageAt: ms(tags.lastUserMessageAt),
  firstResponseAt: ms(tags.firstResponseAt),
  endUserMessages: ms(tags.endUserMessages),
  lastCountedMessage: text(tags.lastCountedMessage),
  lastMessage: text(tags.lastMessage),
  startDigest: text(tags.startDigest),
  newConversationAt: ms(tags.newConversationAt),
})

export const sessionFromConversation = (conversation: Pick<Conversation, 'id' | 'tags'>): Session =>
  sessionFromTags(conversation.id, conversation.tags)

/** A conversation is one of our sessions only if it sits on our channel and carries a status. */
export const isSession = (conversation: Pick<Conversation, 'channel' | 'tags'>): boolean =>
  conversation.channel === 'hitl' && typeof conversation.tags.status === 'string' && conversation.tags.status.length > 0
