/**
 * The session rules: which change is allowed, what it records and which event it emits.
 * Pure: handlers load the session, ask here, then write what comes back.
 */
import type { Actor, Agent, CloseSource, Session, Transition } from './session'

export type Emit = { type: 'hitlAssigned'; userId: string } | { type: 'hitlStopped' }
export type TagChanges = Record<string, string>

export type Decision =
  | { kind: 'change'; tags: TagChanges; transition: Transition; emit: Emit[] }
  | { kind: 'unchanged' }
  | { kind: 'refused'; reason: string }

const agentActor = (agent: ActingAgent): Actor => ({
  kind: 'agent',
  userId: agent.userId,
  email: agent.email,
  name: agent.name,
})

const closedRefusal = (session: Session, doing: string): Decision => ({
  kind: 'refused',
  reason: `Cannot ${doing}: session ${session.id} is closed (${session.closeReason ?? 'no reason recorded'}).`,
})

export const heldBy = (agent: ActingAgent) => `${agent.name} <${agent.email}>`

/** Assign, reassign and transfer are one rule: the session ends up with `agent`; the event fires only on a change of agent. */
export type ActingAgent = { userId?: string; email: string; name: string }

export const assign = (session: Session, agent: Agent, by: ActingAgent, at: number, reason?: string): Decision => {
  if (session.status === 'closed') return closedRefusal(session, 'assign an agent')
  if (session.status === 'assigned' && session.assignee?.userId === agent.userId) return { kind: 'unchanged' }

  const why =
    reason ??
    (session.status === 'pending'
      ? by.email === agent.email
        ? 'taken by the agent'
        : `assigned by ${by.name}`
      : `transferred from ${session.assignee?.name ?? 'another agent'}`)
  return {
    kind: 'change',
    tags: {
      status: 'assigned',
      assignee: agent.userId,
      assigneeEmail: agent.email,
      assigneeName: agent.name,
      assignedBy: by.email,
      assignedAt: String(at),
      ...(session.status === 'pending' ? { firstAssignedAt: String(at) } : {}),
    },
    transition: { from: session.status, to: 'assigned', at, by: agentActor(by), why, agent: agentActor(agent) },
    emit: [{ type: 'hitlAssigned', userId: agent.userId }],
  }
}

/**
 * An agent may write in a pending session (the plugin takes the first agent message as the assignment)
 * or in their own; not in a closed one, nor in a session another agent holds.
 */
export const agentMessage = (session: Session, agent: Agent, at: number): Decision => {
  if (session.status === 'closed') return closedRefusal(session, 'send a message')
  if (session.status === 'pending') return assign(session, agent, agent, at, 'first agent message')
  if (session.assignee && session.assignee.userId !== agent.userId) {
    return {
      kind: 'refused',
      reason: `Session ${session.id} is assigned to ${heldBy(session.assignee)}; take it over before answering.`,
    }
  }
  return { kind: 'unchanged' }
}

const closeWhy: Record<CloseSource, string> = {
  agent: 'handed back to the bot by the agent',
  'end-user': 'ended by the end user',
  timeout: 'no agent assigned in time',
  bot: 'stopped by the bot (close command, assignment timeout or flow)',
}

/**
 * Closing is final and idempotent. Only an agent's hand-back emits hitlStopped: when the bot stops the
 * session it already knows, and echoing the event back would start a loop in the plugin.
 */
export const close = (session: Session, source: CloseSource, by: Actor, at: number, reason?: string): Decision => {
  if (session.status === 'closed') return { kind: 'unchanged' }
  const why = reason ?? closeWhy[source]
  return {
    kind: 'change',
    tags: {
      status: 'closed',
      closedAt: String(at),
      closedBy: by.email ?? by.kind,
      closeReason: source === 'agent' ? why : source,
      openFor: '',
    },
    transition: { from: session.status, to: 'closed', at, by, why },
    emit: source === 'agent' ? [{ type: 'hitlStopped' }] : [],
  }
}

/** The first transition, recorded when the card starts the session. */
export const start = (at: number, endUserId: string, title: string): Transition => ({
  from: 'none',
  to: 'pending',
  at,
  by: { kind: 'bot' },
  why: `handoff requested: ${title}`,
  agent: { kind: 'end-user', userId: endUserId },
})

const priorityRank = { urgent: 0, high: 1, normal: 2, low: 3 } as const
const statusRank = { pending: 0, assigned: 1, closed: 2 } as const

/** Pending first, by priority then longest wait; then assigned; then the most recently closed. */
export const queueOrder = (a: Session, b: Session): number =>
  statusRank[a.status] - statusRank[b.status] ||
  (a.status === 'closed'
    ? (b.closedAt ?? 0) - (a.closedAt ?? 0)
    : priorityRank[a.priority] - priorityRank[b.priority] || a.createdAt - b.createdAt)

/** How long the end user waited: until the first assignment, or until now while pending. */
export const waitingMs = (session: Session, now: number): number => {
  const until = session.firstAssignedAt ?? (session.status === 'closed' ? session.closedAt : undefined) ?? now
  return Math.max(0, until - session.createdAt)
}
