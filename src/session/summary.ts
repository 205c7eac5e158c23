import { endUserConfigOf, silentForMs, type EndUserConfig } from './end-user-presence'
import { waitingMs } from './rules'
import type { Session } from './session'
import { evaluateSla, slaConfigOf, type SlaConfig, type SlaReport } from './sla'

/** What the configuration says about how the queue reads a session: service levels, when the end user is silent. */
export type QueueSettings = { sla?: SlaConfig; endUser?: EndUserConfig }

export const queueSettingsOf = (configuration: { sla?: unknown; endUser?: unknown } | undefined): QueueSettings => ({
  sla: slaConfigOf(configuration),
  endUser: endUserConfigOf(configuration),
})

/** A session as the HITL tab lists it; with the service levels when the configuration sets targets. */
export const toSummary = (
  session: Session,
  now: number,
  settings: QueueSettings = {},
  report: SlaReport | undefined = evaluateSla(session, settings.sla, now)
) => {
  const silent = settings.endUser ? silentForMs(session, settings.endUser, now) : undefined
  return {
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
    ...(report ? { sla: report } : {}),
    ...(silent !== undefined ? { endUserSilentMs: silent } : {}),
    ...(session.newConversationAt !== undefined ? { endUserNewConversationAt: session.newConversationAt } : {}),
  }
}
