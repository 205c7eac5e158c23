/**
 * The session rules: which change is allowed, what it records and which event it emits.
 * Pure: actions load the session, ask here, then hand the answer to `commit`, the only writer.
 * Every transition is built from the tags it writes (`lastTransition`), so what the timeline says
 * and what the tags say are the same record, and a retry can write the timeline entry again.
 */
import type { SessionTags } from '../integration-types'
import type { Actor, Agent, CloseSource, Session, SessionStatus, Transition } from './session'
import { tagValue } from './session-tags'

export type Emit = { type: 'hitlAssigned'; userId: string } | { type: 'hitlStopped' }
export type TagChanges = Partial<SessionTags>
/** A refusal because the session is not as the caller saw it: the field that is stale, and who holds the session. */
export type Conflict = { field: string; holder?: Agent }

export type Decision =
  | { kind: 'change'; tags: TagChanges; transition: Transition; emit: Emit[] }
  | { kind: 'unchanged' }
  | { kind: 'refused'; reason: string; conflict?: Conflict }

/** Who acts in the HITL tab; the user id is known only once the agent's Botpress user is resolved. */
export type ActingAgent = { userId?: string; email: string; name: string }

/**
 * What the caller of assignAgent means: take a pending session for themself, take it over from the agent
 * they saw holding it, or give it to someone else (from the holder they saw, if they name one).
 */
export type AssignIntent = { kind: 'take' } | { kind: 'takeOver'; holder: string } | { kind: 'assign'; holder?: string }

export const heldBy = (agent: ActingAgent) => `${agent.name} <${agent.email}>`

/** Who assigns when the routing rule chooses the agent: `assignedBy` says "system", the timeline by `system`. */
export const AUTO_ASSIGNER: ActingAgent = { email: 'system', name: 'Auto-assignment' }

const refused = (reason: string, conflict?: Conflict): Decision => ({
  kind: 'refused',
  reason,
  ...(conflict ? { conflict } : {}),
})

const closedRefusal = (session: Session, doing: string): Decision =>
  refused(`Cannot ${doing}: session ${session.id} is closed (${session.closeReason ?? 'no reason recorded'}).`)

const takenRefusal = (session: Session, holder: Agent, field: string): Decision =>
  refused(`Session ${session.id} was just taken by ${heldBy(holder)}.`, { field, holder })

export const closeWhy: Record<CloseSource, string> = {
  agent: 'handed back to the bot by the agent',
  'end-user': 'ended by the end user',
  timeout: 'abandoned: the end user left before an agent took the session',
  bot: 'stopped by the bot (close command, assignment timeout or flow)',
}
const actorKinds = ['end-user', 'bot', 'system'] as const
const isActorKind = (value: string): value is (typeof actorKinds)[number] => actorKinds.some((k) => k === value)

/** The transition that brought the session to its current status, as its tags record it. */
export const lastTransition = (s: Session): Transition => {
  if (s.status === 'assigned' && s.assignee) {
    const by = s.assignedBy ?? s.assignee
    return {
      from: s.assignedFrom ?? 'pending',
      to: 'assigned',
      at: s.assignedAt ?? s.createdAt,
      by:
        by.email === AUTO_ASSIGNER.email
          ? { kind: 'system', name: AUTO_ASSIGNER.name }
          : {
              kind: 'agent',
              userId: by.email === s.assignee.email ? s.assignee.userId : undefined,
              email: by.email,
              name: by.name,
            },
      why: s.assignReason ?? '',
      agent: { kind: 'agent', userId: s.assignee.userId, email: s.assignee.email, name: s.assignee.name },
    }
  }
  if (s.status === 'closed') {
    const closedBy = s.closedBy ?? 'system'
    const by: Actor = isActorKind(closedBy)
      ? { kind: closedBy }
      : { kind: 'agent', email: closedBy, name: s.closedByName }
    const reason = s.closeReason ?? ''
    const why = by.kind === 'agent' ? reason : reason in closeWhy ? closeWhy[reason as CloseSource] : reason
    return { from: s.closedFrom ?? 'pending', to: 'closed', at: s.closedAt ?? s.createdAt, by, why }
  }
  return {
    from: 'none',
    to: 'pending',
    at: s.createdAt,
    by: { kind: 'bot' },
    why: `handoff requested: ${s.title}`,
    agent: { kind: 'end-user', userId: s.endUser.id },
  }
}

/**
 * The events that announce the session's current status: what a retry checks was emitted. hitlStopped tells the
 * plugin of a close it did not make: an agent's, or the integration's own (an abandoned session, `timeout`).
 */
export const lastEmits = (s: Session): Emit[] => {
  if (s.status === 'assigned' && s.assignee) return [{ type: 'hitlAssigned', userId: s.assignee.userId }]
  if (s.status === 'closed' && s.closedBy && (!isActorKind(s.closedBy) || s.closeReason === 'timeout'))
    return [{ type: 'hitlStopped' }]
  return []
}

const change = (after: Session, tags: TagChanges): Decision => ({
  kind: 'change',
  tags,
  transition: lastTransition(after),
  emit: lastEmits(after),
})

/** Whether the caller's view of who holds the session is still true; stale views are refused, naming the holder. */
export const intentRefusal = (session: Session, agentEmail: string, intent: AssignIntent): Decision | undefined => {
  if (session.status === 'closed') return closedRefusal(session, 'assign an agent')
  const holder = session.assignee
  if (!holder || holder.email === agentEmail) return undefined
  if (intent.kind === 'take') return takenRefusal(session, holder, 'intent')
  if (intent.holder !== undefined && intent.holder !== holder.email) return takenRefusal(session, holder, 'holder')
  return undefined
}

/** Assign, take over and transfer are one rule: the session ends up with `agent`; the event fires only on a change of agent. */
export const assign = (
  session: Session,
  agent: Agent,
  by: ActingAgent,
  at: number,
  reason?: string,
  intent: AssignIntent = { kind: 'assign' }
): Decision => {
  const stale = intentRefusal(session, agent.email, intent)
  if (stale) return stale
  if (session.status === 'assigned' && session.assignee?.email === agent.email) return { kind: 'unchanged' }

  const why =
    reason ??
    (session.status === 'pending'
      ? by.email === agent.email
        ? 'taken by the agent'
        : `assigned by ${by.name}`
      : intent.kind === 'takeOver'
        ? `taken over from ${session.assignee?.name ?? 'another agent'}`
        : `transferred from ${session.assignee?.name ?? 'another agent'}`)
  const after: Session = {
    ...session,
    status: 'assigned',
    assignee: { userId: agent.userId, email: agent.email, name: tagValue(agent.name) },
    assignedBy: { email: by.email, name: tagValue(by.name) },
    assignReason: tagValue(why),
    assignedFrom: session.status,
    assignedAt: at,
    firstAssignedAt: session.firstAssignedAt ?? at,
  }
  return change(after, {
    status: 'assigned',
    assignee: agent.userId,
    assigneeEmail: agent.email,
    assigneeName: after.assignee!.name,
    assignedBy: by.email,
    assignedByName: after.assignedBy!.name,
    assignReason: after.assignReason,
    assignedFrom: session.status,
    assignedAt: String(at),
    ...(session.status === 'pending' ? { firstAssignedAt: String(at) } : {}),
  })
}

/**
 * An agent may write in a pending session (the plugin takes the first agent message as the assignment)
 * or in their own; not in a closed one, nor in a session another agent holds.
 */
export const agentMessage = (session: Session, agent: ActingAgent & Partial<Agent>, at: number): Decision => {
  if (session.status === 'closed') return closedRefusal(session, 'send a message')
  if (session.assignee && session.assignee.email !== agent.email) {
    return refused(`Session ${session.id} is assigned to ${heldBy(session.assignee)}; take it over before answering.`, {
      field: 'agent',
      holder: session.assignee,
    })
  }
  if (session.status === 'pending' && agent.userId) {
    return assign(session, { ...agent, userId: agent.userId }, agent, at, 'first agent message', { kind: 'take' })
  }
  return { kind: 'unchanged' }
}

/** An agent's first answer is recorded in the change its message makes anyway (the first-response service level). */
export const firstAnswer = (session: Session, decision: Decision, at: number): Decision =>
  decision.kind === 'change' && session.firstResponseAt === undefined
    ? { ...decision, tags: { ...decision.tags, firstResponseAt: String(at) } }
    : decision

/**
 * Closing is final and idempotent. Only an agent's hand-back emits hitlStopped: when the bot stops the
 * session it already knows, and echoing the event back would start a loop in the plugin.
 */
export const close = (session: Session, source: CloseSource, by: Actor, at: number, reason?: string): Decision => {
  if (session.status === 'closed') return { kind: 'unchanged' }
  const why = tagValue(reason ?? closeWhy[source])
  const closedBy = by.email ?? by.kind
  const after: Session = {
    ...session,
    status: 'closed',
    closedAt: at,
    closedBy,
    closedByName: source === 'agent' ? by.name : undefined,
    closedFrom: session.status,
    closeReason: source === 'agent' ? why : source,
  }
  return change(after, {
    status: 'closed',
    closedAt: String(at),
    closedBy,
    closedByName: after.closedByName ?? '',
    closedFrom: session.status,
    closeReason: after.closeReason,
    openFor: '',
  })
}

/**
 * An agent's hand-back: only the holder closes an assigned session, unless the call says it takes the session
 * over from the holder it names (recorded as such). A pending session has no holder: any agent may close it.
 */
export const agentClose = (
  session: Session,
  by: Actor & { email: string },
  at: number,
  reason: string,
  takeOverFrom?: string
): Decision => {
  if (session.status === 'closed') return { kind: 'unchanged' }
  const holder = session.assignee
  if (session.status === 'assigned' && holder && holder.email !== by.email) {
    if (takeOverFrom === undefined) {
      return refused(
        `Session ${session.id} is held by ${heldBy(holder)}; closing it means taking it over (takeOverFrom).`,
        { field: 'takeOverFrom', holder }
      )
    }
    if (takeOverFrom !== holder.email) return takenRefusal(session, holder, 'takeOverFrom')
    return close(session, 'agent', by, at, `taken over from ${holder.name} and closed: ${reason}`)
  }
  return close(session, 'agent', by, at, reason)
}

/** A session whose conversation and transcript are stored becomes pending: from now on it is listed and assignable. */
export const open = (session: Session): Decision => change({ ...session, status: 'pending' }, { status: 'pending' })

/** The first transition, recorded when the card starts the session. */
export const start = (at: number, endUserId: string, title: string): Transition =>
  lastTransition({ id: '', status: 'pending', title, priority: 'normal', endUser: { id: endUserId }, createdAt: at })

const priorityRank = { urgent: 0, high: 1, normal: 2, low: 3 } as const
const statusRank: Record<SessionStatus, number> = { pending: 0, assigned: 1, closed: 2 }

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
