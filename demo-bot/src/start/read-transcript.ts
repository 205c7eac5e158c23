import type { BotClient } from '../bot-types'
import type { EndUserCopies } from './end-user-copies'
import { toHistoryContent } from '../relay/message-mapping'

export type HistoryMessage = {
  source: { type: 'user'; userId: string } | { type: 'bot' }
  type: string
  payload: Record<string, unknown>
}

type StoredMessage = Awaited<ReturnType<BotClient['listMessages']>>['messages'][number]

/** Every page: Botpress lists newest first, 20 or so at a time, and the agent needs the whole story. */
const allMessagesNewestFirst = async (client: BotClient, conversationId: string): Promise<StoredMessage[]> => {
  const messages: StoredMessage[] = []
  let nextToken: string | undefined
  do {
    const page = await client.listMessages({ conversationId, nextToken })
    messages.push(...page.messages)
    nextToken = page.meta.nextToken
  } while (nextToken)
  return messages
}

/**
 * The end user's conversation so far, oldest first, as startHitl takes it: what people wrote comes from
 * their copies inside the session, what the bot wrote from the bot. Messages whose content the history
 * does not accept are left out rather than failing the handoff.
 */
export const readTranscript = async (
  client: BotClient,
  conversationId: string,
  copies: EndUserCopies
): Promise<HistoryMessage[]> => {
  const oldestFirst = (await allMessagesNewestFirst(client, conversationId)).reverse()
  const people = [...new Set(oldestFirst.filter((m) => m.direction === 'incoming').map((m) => m.userId))]
  const copyOf = new Map(await Promise.all(people.map(async (id) => [id, await copies.copyOf(id)] as const)))

  const history: HistoryMessage[] = []
  for (const message of oldestFirst) {
    const content = toHistoryContent(message)
    if (!content) continue
    const source =
      message.direction === 'incoming'
        ? { type: 'user' as const, userId: copyOf.get(message.userId)! }
        : { type: 'bot' as const }
    history.push({ source, ...content })
  }
  return history
}
