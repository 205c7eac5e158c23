import type { Message } from '@botpress/client'
import { waitingMs } from './rules'
import type { Session } from './session'

export type DeskMessage = {
  id: string
  type: string
  payload: Record<string, unknown>
  sender: 'agent' | 'end-user' | 'bot'
  userId: string
  createdAt: string
  afterClose: boolean
}

/**
 * Who said it: the integration creates agent messages (incoming); the plugin creates everything else as
 * the bot, with payload.userId when it relays the end user.
 */
export const senderOf = (message: Pick<Message, 'direction' | 'payload'>): DeskMessage['sender'] => {
  if (message.direction === 'incoming') return 'agent'
  return typeof message.payload?.userId === 'string' && message.payload.userId ? 'end-user' : 'bot'
}

/** The end user's words are written by the bot (message.userId) as their copy (payload.userId): the copy wrote them. */
export const toDeskMessage = (message: Message): DeskMessage => ({
  id: message.id,
  type: message.type,
  payload: message.payload,
  sender: senderOf(message),
  userId: senderOf(message) === 'end-user' ? String(message.payload.userId) : message.userId,
  createdAt: message.createdAt,
  afterClose: message.tags.afterClose === 'true',
})

export const timings = (session: Session, messages: DeskMessage[], now: number) => {
  const firstAgent = messages.find((m) => m.sender === 'agent')
  return {
    waitedMs: waitingMs(session, now),
    timeToAssignMs: session.firstAssignedAt !== undefined ? session.firstAssignedAt - session.createdAt : undefined,
    firstResponseMs: firstAgent ? Date.parse(firstAgent.createdAt) - session.createdAt : undefined,
  }
}
