import type { Agent } from '../../server/agents'
import type { DeskOutput } from '../../server/desk'
import { newKey, requestJson } from '../shared/http'

export type { Agent }
export type SessionList = DeskOutput<'listSessions'>
export type SessionSummary = SessionList['sessions'][number]
export type SessionDetail = DeskOutput<'getSession'>['session']
export type DeskMessage = SessionDetail['messages'][number]
export type Note = SessionDetail['notes'][number]
export type People = Record<string, { name?: string; pictureUrl?: string }>
export type Filter = 'open' | 'pending' | 'assigned' | 'closed'
export type OutgoingMessage = { type: string; payload: Record<string, unknown> }
/** What the agent means (see assignAgent): take a pending session, take over from `holder`, or assign `agentEmail`. */
export type AssignRequest = {
  agentEmail?: string
  reason?: string
  intent?: 'take' | 'takeOver' | 'assign'
  holder?: string
}

/** The agent who took the session first, from assignAgent's refusal ("was just taken by Name <email>"). */
export const takenByIn = (message: string): { name: string; email: string } | undefined => {
  const found = /just taken by (.+) <([^<>\s]+)>/.exec(message)
  return found ? { name: found[1]!, email: found[2]! } : undefined
}

/** The HITL tab's calls, made as one agent (the server checks who). */
export const deskApi = (agentEmail: string) => {
  const headers = { 'x-agent-email': agentEmail }
  const call = <T>(path: string, init: RequestInit & { json?: unknown } = {}) =>
    requestJson<T>(`/api/desk${path}`, { ...init, headers })
  return {
    list: (status: Filter, mine: boolean) => call<SessionList>(`/sessions?status=${status}${mine ? '&mine=true' : ''}`),
    get: (id: string) => call<{ session: SessionDetail; people: People }>(`/sessions/${id}`),
    assign: (id: string, to: AssignRequest = {}) => call(`/sessions/${id}/assign`, { method: 'POST', json: to }),
    send: (id: string, message: OutgoingMessage, idempotencyKey = newKey()) =>
      call(`/sessions/${id}/messages`, { method: 'POST', json: { message, idempotencyKey } }),
    note: (id: string, text: string, idempotencyKey = newKey()) =>
      call(`/sessions/${id}/notes`, { method: 'POST', json: { text, idempotencyKey } }),
    close: (id: string, reason: string) => call(`/sessions/${id}/close`, { method: 'POST', json: { reason } }),
    eventsUrl: `/api/desk/events?agent=${encodeURIComponent(agentEmail)}`,
  }
}
export type DeskApi = ReturnType<typeof deskApi>

export const fetchAgents = () => requestJson<{ agents: Agent[] }>('/api/agents').then((r) => r.agents)
