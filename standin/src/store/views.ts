// How stored records look to a caller: the published schema's fields only, tags as the caller sees them.
import type { Caller } from './caller'
import type { StoredConversation, StoredEvent, StoredMessage, StoredState, StoredUser } from './bot-store'
import { viewTags } from './tags'

export const userView = (caller: Caller, u: StoredUser) => ({
  id: u.id,
  createdAt: u.createdAt,
  updatedAt: u.updatedAt,
  tags: viewTags(caller, u.tags),
  ...(u.name !== undefined ? { name: u.name } : {}),
  ...(u.pictureUrl !== undefined ? { pictureUrl: u.pictureUrl } : {}),
})

export const conversationView = (caller: Caller, c: StoredConversation) => ({
  id: c.id,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  channel: c.channel,
  integration: c.integration,
  tags: viewTags(caller, c.tags),
})

export const messageView = (caller: Caller, m: StoredMessage) => ({
  id: m.id,
  createdAt: m.createdAt,
  updatedAt: m.updatedAt,
  type: m.type,
  payload: m.payload,
  direction: m.direction,
  userId: m.userId,
  conversationId: m.conversationId,
  tags: viewTags(caller, m.tags),
  ...(m.origin ? { origin: m.origin } : {}),
})

export const eventView = (e: StoredEvent) => ({
  id: e.id,
  createdAt: e.createdAt,
  type: e.type,
  payload: e.payload,
  ...(e.conversationId ? { conversationId: e.conversationId } : {}),
  ...(e.userId ? { userId: e.userId } : {}),
  ...(e.messageId ? { messageId: e.messageId } : {}),
  status: e.status,
  failureReason: e.failureReason,
})

export const stateView = (s: StoredState) => ({
  id: s.id,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
  botId: s.botId,
  ...(s.type === 'conversation' ? { conversationId: s.resourceId } : {}),
  ...(s.type === 'user' ? { userId: s.resourceId } : {}),
  name: s.name,
  type: s.type,
  payload: s.payload,
})
