import type { Conversation } from '@botpress/client'
import type { Session } from './session'
import { sessionFromConversation } from './session-tags'

/**
 * A session as a bot reads it: the bot sees the integration's tags under the alias it installed the
 * integration with (`<alias>:status`). Callers outside the integration (a bot, the demo bot) read sessions
 * through this, never through raw tag names.
 */
export const sessionFromTags = (
  conversation: Pick<Conversation, 'id'> & { tags: Record<string, string | undefined> },
  integrationAlias: string
): Session => {
  const prefix = `${integrationAlias}:`
  const own: Record<string, string> = {}
  for (const [key, value] of Object.entries(conversation.tags))
    if (key.startsWith(prefix) && value !== undefined) own[key.slice(prefix.length)] = value
  return sessionFromConversation({ id: conversation.id, tags: own })
}
