import type { Client, SessionTags } from '../integration-types'
import { MAX_PAGES } from './list-all'
import type { Session, SessionStatus } from './session'
import { isSession, sessionFromConversation } from './session-tags'

type Tags = Partial<SessionTags>
type Page = { items: { id: string; channel: string; tags: Record<string, string> }[]; nextToken?: string }

/**
 * One Botpress page of the sessions with a status. Closed ones can pile up by the thousand: they are read
 * a page at a time, most recently closed (updated) first; open ones are all read and ordered by the caller.
 */
export const sessionPage = async (
  client: Client,
  status: SessionStatus,
  tags: Tags,
  nextToken?: string
): Promise<Page> => {
  const sort = status === 'closed' ? ({ sortField: 'updatedAt', sortDirection: 'desc' } as const) : {}
  const page = await client.listConversations({ tags: { ...tags, status }, ...sort, nextToken })
  return { items: page.conversations, nextToken: page.meta.nextToken }
}

export const sessionsOf = (items: Page['items']): Session[] => items.filter(isSession).map(sessionFromConversation)

const closedPage = (client: Client, tags: Tags, nextToken?: string) => sessionPage(client, 'closed', tags, nextToken)

/** Counts closed sessions up to `cap` (a few pages), saying whether there are more: the tab shows "100+". */
export const countClosed = async (
  client: Client,
  tags: Tags,
  cap: number
): Promise<{ count: number; more: boolean }> => {
  let count = 0
  let token: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items, nextToken } = await closedPage(client, tags, token)
    count += sessionsOf(items).length
    if (!nextToken) return { count, more: false }
    if (count >= cap) return { count, more: true }
    token = nextToken
  }
  return { count, more: true }
}

/** Up to `limit` closed sessions from a position in Botpress's pages, and the position after them. */
export const readClosed = async (
  client: Client,
  tags: Tags,
  from: { skip: number; token?: string },
  limit: number
): Promise<{ sessions: Session[]; next?: { skip: number; token?: string } }> => {
  const taken: Page['items'] = []
  let { skip, token } = from
  for (let page = 0; page < MAX_PAGES && taken.length < limit; page++) {
    const { items, nextToken } = await closedPage(client, tags, token)
    const usable = items.slice(skip)
    const room = limit - taken.length
    if (usable.length > room) {
      taken.push(...usable.slice(0, room))
      return { sessions: sessionsOf(taken), next: { skip: skip + room, token } }
    }
    taken.push(...usable)
    if (!nextToken) return { sessions: sessionsOf(taken) }
    skip = 0
    token = nextToken
  }
  return { sessions: sessionsOf(taken), next: { skip, token } }
}
