import type { Client } from '../integration-types'

/** Counting stops at the agent's capacity: a page or two, never the whole history of a busy agent. */
const MAX_LOAD_PAGES = 3

/** How many sessions the agent holds now, read by tags, counted up to `cap` (enough to compare and to decide). */
export const assignedLoad = async (client: Client, agentUserId: string, cap: number): Promise<number> => {
  let count = 0
  let nextToken: string | undefined
  for (let page = 0; page < MAX_LOAD_PAGES; page++) {
    const { conversations, meta } = await client.listConversations({
      tags: { status: 'assigned', assignee: agentUserId },
      nextToken,
    })
    count += conversations.length
    if (!meta.nextToken || count >= cap) return count
    nextToken = meta.nextToken
  }
  return count
}
