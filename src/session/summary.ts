import { waitingMs } from './rules'
import type { Session } from './session'

/** A session as the HITL tab lists it. */
export const toSummary = (session: Session, now: number) => ({
  id: session.id,
  status: session.status,
  title: session.title,
  priority: session.priority,
  category: session.category,
  endUser: { id: session.endUser.id, name: session.endUser.name },
  assignee: session.assignee
    ? { id: session.assignee.userId, name: session.assignee.name, email: session.assignee.email }
    : undefined,
  createdAt: session.createdAt,
  assignedAt: session.assignedAt,
  closedAt: session.closedAt,
  closeReason: session.closeReason,
  waitingMs: waitingMs(session, now),
  lastUserMessageAt: session.lastUserMessageAt,
})
