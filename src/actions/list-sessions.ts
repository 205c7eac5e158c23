import { normalizeEmail } from '../agents/agent-user'
import { refuse } from '../api/errors'
import type { Client } from '../integration-types'
import { listAll } from '../session/list-all'
import { queueOrder } from '../session/rules'
import type { Session, SessionStatus } from '../session/session'
import { isSession, sessionFromConversation } from '../session/session-tags'
import { toSummary } from '../session/summary'
import { defineAction } from './define-action'

const statuses: SessionStatus[] = ['pending', 'assigned', 'closed']

const listByStatus = async (client: Client, status: SessionStatus, assignee: Record<string, string>): Promise<Session[]> => {
  const conversations = await listAll(async (nextToken) => {
    const page = await client.listConversations({ tags: { status, ...assignee }, nextToken } as never)
    return { items: page.conversations, nextToken: page.meta.nextToken }
  })
  return conversations.filter(isSession).map(sessionFromConversation)
}

/** The token is the offset into the ordered queue: the order is computed here, not by Botpress. */
const offsetOf = (token: string | undefined) => {
  if (token === undefined) return 0
  const offset = Number(token)
  return Number.isInteger(offset) && offset >= 0 ? offset : refuse(`listSessions: nextToken "${token}" is not one this action returned.`)
}

/** The HITL tab's queue: pending first by priority then waiting time, with the count of each status. */
export const listSessions = defineAction('listSessions', async ({ input, client }) => {
  const assignee: Record<string, string> = {
    ...(input.assigneeId ? { assignee: input.assigneeId } : {}),
    ...(input.assigneeEmail ? { assigneeEmail: normalizeEmail(input.assigneeEmail) } : {}),
  }
  const byStatus = await Promise.all(statuses.map((status) => listByStatus(client, status, assignee)))
  const [pending = [], assigned = [], closed = []] = byStatus
  const wanted =
    input.status === 'all' ? byStatus.flat() : input.status === 'open' ? [...pending, ...assigned] : byStatus[statuses.indexOf(input.status)]!
  const ordered = wanted.sort(queueOrder)
  const offset = offsetOf(input.nextToken)
  const now = Date.now()
  const end = offset + input.limit
  return {
    sessions: ordered.slice(offset, end).map((s) => toSummary(s, now)),
    counts: { pending: pending.length, assigned: assigned.length, closed: closed.length },
    nextToken: end < ordered.length ? String(end) : undefined,
  }
})
