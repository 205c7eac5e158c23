import type { DeskOutput } from '../../server/desk'
import type { Agent } from '../../server/roster'
import { newKey, requestJson } from '../shared/http'

export type { Agent }
export type SessionList = DeskOutput<'listSessions'>
export type SessionSummary = SessionList['sessions'][number]
export type SessionDetail = DeskOutput<'getSession'>['session']
export type AgentPresence = DeskOutput<'listAgentPresence'>['agents'][number]
export type Presence = AgentPresence['presence']
export type SavedReplyList = DeskOutput<'listSavedReplies'>
export type SavedReply = SavedReplyList['replies'][number]
export type SearchResult = DeskOutput<'searchSessions'>
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

/** Who is signed in, the CSRF token their writes carry, and the roster (to assign and show pictures). */
export type Me = { agent: Agent; csrfToken: string; agents: Agent[]; demo: boolean }

/** The HITL tab's calls, as the signed-in agent (the cookie says who; writes carry the CSRF token). */
export const deskApi = (csrfToken: string) => {
  const call = <T>(path: string, init: RequestInit & { json?: unknown } = {}) =>
    requestJson<T>(`/api/desk${path}`, {
      ...init,
      headers: init.method && init.method !== 'GET' ? { 'x-csrf-token': csrfToken } : {},
    })
  return {
    list: (status: Filter, mine: boolean) => call<SessionList>(`/sessions?status=${status}${mine ? '&mine=true' : ''}`),
    /** With `messagesAfter` (the newest message's time), a refresh: only newer messages, no transcript. */
    get: (id: string, messagesAfter?: string) =>
      call<{ session: SessionDetail; people: People }>(
        `/sessions/${id}${messagesAfter ? `?messagesAfter=${encodeURIComponent(messagesAfter)}` : ''}`
      ),
    assign: (id: string, to: AssignRequest = {}) => call(`/sessions/${id}/assign`, { method: 'POST', json: to }),
    send: (id: string, message: OutgoingMessage, idempotencyKey = newKey()) =>
      call(`/sessions/${id}/messages`, { method: 'POST', json: { message, idempotencyKey } }),
    note: (id: string, text: string, idempotencyKey = newKey()) =>
      call(`/sessions/${id}/notes`, { method: 'POST', json: { text, idempotencyKey } }),
    close: (id: string, reason: string) => call(`/sessions/${id}/close`, { method: 'POST', json: { reason } }),
    presence: () => call<{ agents: AgentPresence[]; confirmEveryMs: number }>('/presence'),
    setPresence: (presence: Presence) =>
      call<DeskOutput<'setPresence'>>('/presence', { method: 'POST', json: { presence } }),
    savedReplies: {
      list: () => call<SavedReplyList>('/saved-replies'),
      create: (reply: { title: string; text: string }, idempotencyKey = newKey()) =>
        call<{ reply: SavedReply }>('/saved-replies', { method: 'POST', json: { ...reply, idempotencyKey } }),
      update: (id: string, reply: { revision: number; title: string; text: string }) =>
        call<{ reply: SavedReply }>(`/saved-replies/${id}`, { method: 'POST', json: reply }),
      remove: (id: string, revision: number) =>
        call(`/saved-replies/${id}/delete`, { method: 'POST', json: { revision } }),
    },
    readMarkers: () => call<{ markers: Record<string, number> }>('/read-markers'),
    markRead: (id: string, endUserMessages: number) =>
      call<{ markers: Record<string, number> }>(`/sessions/${id}/read`, { method: 'POST', json: { endUserMessages } }),
    search: (q: string) => call<SearchResult>(`/search?q=${encodeURIComponent(q)}`),
    eventsUrl: '/api/desk/events',
  }
}
export type DeskApi = ReturnType<typeof deskApi>

/** Signing in and out. */
export const authApi = {
  me: () => requestJson<Me>('/api/auth/me'),
  options: () => requestJson<{ demo: boolean; demoAgents: Agent[] }>('/api/auth/options'),
  signIn: (email: string, password: string) =>
    requestJson('/api/auth/sign-in', { method: 'POST', json: { email, password } }),
  demoSignIn: (agentId: string) => requestJson('/api/auth/demo', { method: 'POST', json: { agentId } }),
  signOut: (csrfToken: string) =>
    requestJson('/api/auth/sign-out', { method: 'POST', headers: { 'x-csrf-token': csrfToken }, json: {} }),
}
