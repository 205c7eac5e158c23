import { waitingMs } from './rules'
import type { Session } from './session'
import { evaluateSla, type SlaConfig, type SlaReport } from './sla'

/** A session as the HITL tab lists it; with the service levels when the configuration sets targets. */
export const toSummary = (session: Session, now: number, sla?: SlaConfig, report = evaluateSla(session, sla, now)) => ({
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
  firstResponseAt: session.firstResponseAt,
  endUserMessages: session.endUserMessages,
  lastMessage:
    session.lastMessage !== undefined && session.lastUserMessageAt !== undefined
      ? { sender: 'end-user' as const, text: session.lastMessage, at: session.lastUserMessageAt }
      : undefined,
  ...(report ? { sla: report satisfies SlaReport } : {}),
})
