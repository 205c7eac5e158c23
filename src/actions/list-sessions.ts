import { normalizeEmail } from '../agents/agent-user'
import type { Client } from '../integration-types'
import { countClosed, readClosed, sessionPage, sessionsOf } from '../session/session-pages'
import { listAll } from '../session/list-all'
import { decodeCursor, encodeCursor, type QueueCursor } from '../session/queue-cursor'
import type { Session } from '../session/session'
import { closeAllAbandoned } from '../session/abandon-session'
import { evaluateSla, slaQueueOrder } from '../session/sla'
import { queueSettingsOf, toSummary } from '../session/summary'
import { defineAction } from './define-action'

/** Closed sessions are counted this far, then shown as "100+": counting thousands would cost a call per page. */
export const CLOSED_COUNT_CAP = 100

/** Open sessions are the agents' workload: all of them are read, so the queue can be ordered and counted exactly. */
const listOpen = async (
  client: Client,
  status: 'pending' | 'assigned',
  tags: Record<string, string>
): Promise<Session[]> => sessionsOf(await listAll((nextToken) => sessionPage(client, status, tags, nextToken)))

/**
 * The HITL tab's queue: pending first (breached and about to breach first, then by priority and waiting time), then
 * assigned, then the most recently closed.
 */
export const listSessions = defineAction('listSessions', async ({ input, client, ctx, announce }) => {
  const tags: Record<string, string> = {
    ...(input.assigneeId ? { assignee: input.assigneeId } : {}),
    ...(input.assigneeEmail ? { assigneeEmail: normalizeEmail(input.assigneeEmail) } : {}),
  }
  const wantsOpen = input.status !== 'closed'
  const wantsClosed = input.status === 'closed' || input.status === 'all'
  const cursor: QueueCursor =
    input.status === 'closed' && !input.nextToken ? { part: 'closed', skip: 0 } : decodeCursor(input.nextToken)

  const now = Date.now()
  const settings = queueSettingsOf(ctx.configuration)
  const [listed, assigned, closedCount] = await Promise.all([
    listOpen(client, 'pending', tags),
    listOpen(client, 'assigned', tags),
    countClosed(client, tags, CLOSED_COUNT_CAP),
  ])
  // Abandoned sessions are closed as the queue is read (an integration cannot schedule itself): no call unless some are.
  const swept = settings.endUser ? await closeAllAbandoned(client, listed, settings.endUser, now) : listed
  const pending = swept.filter((s) => s.status === 'pending')
  for (const s of swept) if (s.status === 'assigned' && !assigned.some((a) => a.id === s.id)) assigned.push(s)
  const closedNow = swept.filter((s) => s.status === 'closed')
  const justClosed = closedNow.length
  await Promise.all(closedNow.map((s) => announce('session.closed', s, String(s.closedAt))))
  const open = input.status === 'pending' ? pending : input.status === 'assigned' ? assigned : [...pending, ...assigned]
  // Service levels are evaluated once per open session, from the tags already read: no call added.
  const reports = new Map(open.map((s) => [s.id, evaluateSla(s, settings.sla, now)]))
  const ordered = wantsOpen ? open.sort(slaQueueOrder(reports)) : []

  const sessions: Session[] = []
  let next: QueueCursor | undefined
  if (cursor.part === 'open') {
    const end = cursor.offset + input.limit
    sessions.push(...ordered.slice(cursor.offset, end))
    if (end < ordered.length) next = { part: 'open', offset: end }
    else if (wantsClosed) next = { part: 'closed', skip: 0 }
  } else if (wantsClosed) next = cursor

  if (next?.part === 'closed' && sessions.length < input.limit) {
    const closed = await readClosed(client, tags, next, input.limit - sessions.length)
    sessions.push(...closed.sessions)
    next = closed.next && { part: 'closed', ...closed.next }
  }

  return {
    sessions: sessions.map((s) => toSummary(s, now, settings, reports.get(s.id) ?? evaluateSla(s, settings.sla, now))),
    counts: {
      pending: pending.length,
      assigned: assigned.length,
      closed: closedCount.count + justClosed,
      ...(closedCount.more ? { closedMore: true } : {}),
    },
    ...(next ? { nextToken: encodeCursor(next) } : {}),
  }
})
