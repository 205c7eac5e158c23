import { orRefuseIfMissing, refuse } from '../api/errors'
import type { Client } from '../integration-types'
import type { Session } from './session'
import { isSession, sessionFromConversation } from './session-tags'

/**
 * Reads a session from Botpress. A conversation of another bot does not exist for us (the API scopes
 * it by bot), and one that is not a HITL session of this integration is refused the same way.
 */
export const loadSession = async (client: Client, conversationId: string): Promise<Session> => {
  const { conversation } = await orRefuseIfMissing(
    client.getConversation({ id: conversationId }),
    `No HITL session "${conversationId}": the conversation does not exist in this bot.`
  )
  if (!isSession(conversation)) {
    return refuse(`Conversation "${conversationId}" is not a HITL session of this integration.`)
  }
  return sessionFromConversation(conversation)
}
