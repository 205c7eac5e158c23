import type { Priority } from '../definitions/session-entity'

export type SessionStatus = 'pending' | 'assigned' | 'closed'

export type Actor = { kind: 'agent' | 'end-user' | 'bot' | 'system'; userId?: string; email?: string; name?: string }
export type Agent = { userId: string; email: string; name: string }

/** A session as every handler sees it: read from the conversation's tags, the only place it lives. */
export type Session = {
  id: string
  status: SessionStatus
  title: string
  priority: Priority
  category?: string
  endUser: { id: string; name?: string }
  assignee?: Agent
  createdAt: number
  assignedAt?: number
  firstAssignedAt?: number
  closedAt?: number
  closedBy?: string
  closeReason?: string
  lastUserMessageAt?: number
}

export type Transition = {
  from: SessionStatus | 'none'
  to: SessionStatus
  at: number
  by: Actor
  why: string
  agent?: Actor
}

export type CloseSource = 'agent' | 'end-user' | 'timeout' | 'bot'
