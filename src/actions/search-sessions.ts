import { maskingOn, maskPayload } from '../escalation/mask-sensitive'
import type { Client } from '../integration-types'
import { senderOf } from '../session/desk-messages'
import { messageText } from '../session/message-preview'
import { findIn } from '../session/search-match'
import type { Session } from '../session/session'
import { isSession, sessionFromConversation } from '../session/session-tags'
import { queueSettingsOf, toSummary } from '../session/summary'
import { defineAction } from './define-action'

type Match = { matched: 'endUserName' | 'title' | 'message'; excerpt: string }

/** The most recently active sessions, newest first, up to `wanted`: whether older ones were left unread. */
const recentSessions = async (client: Client, wanted: number) => {
  const sessions: Session[] = []
  let nextToken: string | undefined
  do {
    const page = await client.listConversations({ sortField: 'updatedAt', sortDirection: 'desc', nextToken })
    sessions.push(...page.conversations.filter(isSession).map(sessionFromConversation))
    nextToken = page.meta.nextToken
  } while (nextToken && sessions.length < wanted)
  return { sessions: sessions.slice(0, wanted), more: Boolean(nextToken) || sessions.length > wanted }
}

/** What the tags already say: no call. The last message's preview stands for the newest words. */
const matchInTags = (s: Session, query: string): Match | undefined => {
  const name = s.endUser.name && findIn(s.endUser.name, query)
  if (name) return { matched: 'endUserName', excerpt: name }
  const title = findIn(s.title, query)
  if (title) return { matched: 'title', excerpt: title }
  const last = s.lastMessage && findIn(s.lastMessage, query)
  return last ? { matched: 'message', excerpt: last } : undefined
}

/**
 * Search by the end user's name, the title and the live messages, in bounded calls: the `sessions` most recently
 * active (a page per 20 or so), then one page of messages per session (its newest), `messagePages` in all.
 * `complete` is false when either bound stopped it, so the tab can say the search did not look everywhere.
 */
export const searchSessions = defineAction('searchSessions', async ({ input, client, ctx }) => {
  const { sessions, more } = await recentSessions(client, input.sessions)
  const mask = maskingOn(ctx.configuration) ? maskPayload : <T>(p: T) => p
  const found = new Map<string, Match>()
  for (const s of sessions) {
    const match = matchInTags(s, input.query)
    if (match) found.set(s.id, match)
  }
  let pagesLeft = input.messagePages
  let messagesComplete = true
  for (const s of sessions) {
    if (found.has(s.id)) continue
    if (pagesLeft === 0) {
      messagesComplete = false
      break
    }
    pagesLeft--
    const { messages, meta } = await client.listMessages({ conversationId: s.id })
    if (meta.nextToken) messagesComplete = false
    for (const m of messages) {
      const excerpt = findIn(messageText(m.type, mask(m.payload)), input.query)
      // The bot's own notices ("the user has ended the session") are not what an agent searches for.
      if (excerpt && senderOf(m) !== 'bot') {
        found.set(s.id, { matched: 'message', excerpt })
        break
      }
    }
  }
  const now = Date.now()
  const settings = queueSettingsOf(ctx.configuration)
  return {
    results: sessions.flatMap((s) => {
      const match = found.get(s.id)
      return match ? [{ session: toSummary(s, now, settings), ...match }] : []
    }),
    scanned: sessions.length,
    complete: !more && messagesComplete,
  }
})
