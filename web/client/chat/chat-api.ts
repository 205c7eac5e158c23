import type { ChatHandoff } from '../../server/chat-routes'
import { requestJson } from '../shared/http'

export type { ChatHandoff }

/** A message as the end user's chat channel shows it (both directions). */
export type ChatMessage = {
  id: string
  createdAt: string
  type: string
  payload: Record<string, any>
  direction: 'incoming' | 'outgoing'
  userId: string
  conversationId: string
  tags: Record<string, string>
}

export type ChatSession = { conversationId: string; userId: string; name: string }

const base = '/api/chat/conversations'

export const chatApi = {
  open: (name: string) =>
    requestJson<{ userId: string; conversationId: string }>(base, { method: 'POST', json: { name } }),
  messages: (conversationId: string) =>
    requestJson<{ messages: ChatMessage[] }>(`${base}/${conversationId}/messages`).then((r) => r.messages),
  send: (conversationId: string, text: string) =>
    requestJson<{ message: ChatMessage }>(`${base}/${conversationId}/messages`, {
      method: 'POST',
      json: { text },
    }).then((r) => r.message),
  handoff: (conversationId: string) => requestJson<ChatHandoff>(`${base}/${conversationId}/handoff`),
  streamUrl: (conversationId: string) => `${base}/${conversationId}/stream`,
}

const STORAGE_KEY = 'hitl-demo.chat'

export const savedSession = (): ChatSession | undefined => {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') ?? undefined
  } catch {
    return undefined
  }
}
export const saveSession = (session: ChatSession | undefined) =>
  session ? sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session)) : sessionStorage.removeItem(STORAGE_KEY)

/** Oldest first, each message once (the stream and a read can both bring the same one). */
export const mergeMessages = (current: ChatMessage[], incoming: ChatMessage[]) => {
  const byId = new Map(current.map((m) => [m.id, m]))
  for (const m of incoming) byId.set(m.id, m)
  return [...byId.values()].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
}
