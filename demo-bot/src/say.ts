import type { BotClient } from './bot-types'

export type OutgoingMessage = { type: string; payload: Record<string, unknown> }

/**
 * Everything the bot writes goes through here, as a get-or-create on a tag naming why it speaks (the
 * message or event that made it speak, or the relayed message): a retried or redelivered trigger finds
 * what it already said instead of saying it twice.
 */
export const say = async (
  client: BotClient,
  botId: string,
  conversationId: string,
  message: OutgoingMessage,
  key: { tag: 'cause' | 'upstreamMessage' | 'downstreamMessage'; value: string },
  extraTags: Record<string, string | undefined> = {}
): Promise<void> => {
  const tags: Record<string, string> = { [key.tag]: key.value }
  // Tags hold at most 500 characters: longer values (an address) are left out rather than cut broken.
  for (const [name, value] of Object.entries(extraTags)) if (value && value.length <= 500) tags[name] = value
  await client.getOrCreateMessage({
    conversationId,
    userId: botId,
    type: message.type,
    payload: message.payload,
    tags,
    discriminateByTags: [key.tag],
  } as Parameters<BotClient['getOrCreateMessage']>[0])
}

/** A configured text; an empty one means the bot builder wants silence. */
export const sayText = async (
  client: BotClient,
  botId: string,
  conversationId: string,
  text: string,
  cause: string,
  extraTags: Record<string, string | undefined> = {}
) => {
  if (!text.trim()) return
  await say(
    client,
    botId,
    conversationId,
    { type: 'text', payload: { text } },
    { tag: 'cause', value: cause },
    extraTags
  )
}
