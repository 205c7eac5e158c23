import type { BotClient } from '../bot-types'

type Conversation = { id: string; createdAt: string; tags: Record<string, string | undefined> }

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A session newer than this may still be waiting for its card to tag it. */
const LINK_GRACE_MS = 15_000

/**
 * The end user conversation a session serves (tag `upstream`, written by the card right after startHitl).
 * An agent can speak in that instant, so a young untagged session is read again for a little while.
 */
export const endUserConversationOf = async (client: BotClient, session: Conversation): Promise<string | undefined> => {
  let current = session
  for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
    const upstream = current.tags.upstream
    if (upstream) return upstream
    if (Date.now() - Date.parse(current.createdAt) > LINK_GRACE_MS) return undefined
    await pause(wait)
    current = (await client.getConversation({ id: session.id })).conversation as Conversation
  }
}
