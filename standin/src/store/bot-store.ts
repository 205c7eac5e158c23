// In-memory records of one bot. Everything the API serves lives in exactly one BotStore, which is
// how bot isolation holds: a handler only ever looks into the store of the caller's bot.
import type { Tags } from './tags'

type Timestamps = { createdAt: string; updatedAt: string; seq: number }

export type StoredUser = Timestamps & {
  id: string
  tags: Tags
  name?: string
  pictureUrl?: string
  integration?: string
}
export type StoredConversation = Timestamps & {
  id: string
  channel: string
  integration: string
  tags: Tags
  participants: Set<string>
}
export type StoredMessage = Timestamps & {
  id: string
  type: string
  // `any` values: message payloads are free-form per type, and readers (tests, UIs) index into them.
  payload: Record<string, any>
  direction: 'incoming' | 'outgoing'
  userId: string
  conversationId: string
  tags: Tags
  origin?: 'synthetic'
}
export type EventStatus = 'pending' | 'processed' | 'ignored' | 'failed' | 'scheduled' | 'canceled'
export type StoredEvent = {
  id: string
  createdAt: string
  seq: number
  type: string
  payload: Record<string, unknown>
  conversationId?: string
  userId?: string
  messageId?: string
  status: EventStatus
  failureReason: string | null
  /** Alias of the installation that created it ('' for the bot); decides who may read it. */
  owner: string
}
export type StateType = 'conversation' | 'user' | 'bot' | 'integration' | 'task' | 'workflow'
export type StoredState = Timestamps & {
  id: string
  botId: string
  type: StateType
  resourceId: string
  name: string
  payload: Record<string, unknown>
  owner: string
  expiresAt?: number
}

let sequence = 0
/** Strictly increasing, to order records created within the same millisecond. */
export const nextSeq = () => ++sequence

export const now = () => new Date().toISOString()

export class BotStore {
  readonly users = new Map<string, StoredUser>()
  readonly conversations = new Map<string, StoredConversation>()
  readonly messages = new Map<string, StoredMessage>()
  readonly events = new Map<string, StoredEvent>()
  /** key: owner|type|resourceId|name */
  readonly states = new Map<string, StoredState>()

  constructor(readonly botId: string) {}

  static stateKey = (owner: string, type: string, resourceId: string, name: string) =>
    `${owner}|${type}|${resourceId}|${name}`

  liveState(key: string): StoredState | undefined {
    const state = this.states.get(key)
    if (state?.expiresAt !== undefined && state.expiresAt <= Date.now()) {
      this.states.delete(key)
      return undefined
    }
    return state
  }
}
