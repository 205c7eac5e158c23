import type { User } from '@botpress/client'
import { PRESENCE_STALE_MS, presences, type Presence } from '../definitions/routing'
import type { Client } from '../integration-types'
import { listAll } from '../session/list-all'
import { normalizeEmail, userByEmail, type Profile } from '../users/user-by-email'

export type AgentPresence = {
  userId: string
  email: string
  name?: string
  presence: Presence
  presenceAt?: number
  stale: boolean
}

/** Agents are few; reading them is still bounded (a page holds dozens). */
const MAX_AGENT_PAGES = 5

const isPresence = (value: string | undefined): value is Presence => presences.some((p) => p === value)

/** What an agent's user says, as the tab and routing read it: online or away not confirmed lately is offline. */
export const presenceOf = (user: Pick<User, 'id' | 'name' | 'tags'>, now: number): AgentPresence => {
  const said = isPresence(user.tags.presence) ? user.tags.presence : 'offline'
  const at = user.tags.presenceAt ? Number(user.tags.presenceAt) : undefined
  const stale = said !== 'offline' && (at === undefined || now - at > PRESENCE_STALE_MS)
  return {
    userId: user.id,
    email: user.tags.email ?? '',
    name: user.name,
    presence: stale ? 'offline' : said,
    ...(at === undefined ? {} : { presenceAt: at }),
    stale,
  }
}

/** Agents with a presence tag, or only those who said `presence` (the filter is Botpress's, by tag). */
export const listPresence = async (client: Client, presence?: Presence): Promise<AgentPresence[]> => {
  const agents = await listAll(async (nextToken) => {
    const { users, meta } = await client.listUsers({
      tags: { role: 'agent', ...(presence ? { presence } : {}) },
      nextToken,
    })
    return { items: users, nextToken: meta.nextToken }
  }, MAX_AGENT_PAGES)
  const now = Date.now()
  return agents.filter((u) => u.tags.presence && u.tags.email).map((u) => presenceOf(u, now))
}

/**
 * Writes the agent's presence (and confirms it: `presenceAt` is now). `wasOnline`: whether they counted as
 * online before, so going online (not a confirmation) is what offers them pending sessions.
 */
export const writePresence = async (
  client: Client,
  profile: Profile,
  presence: Presence
): Promise<{ agent: AgentPresence; wasOnline: boolean }> => {
  const user = await userByEmail(client, 'agent', profile)
  const now = Date.now()
  const before = presenceOf(user, now)
  const { user: updated } = await client.updateUser({
    id: user.id,
    tags: { presence, presenceAt: String(now) },
  })
  const agent = presenceOf({ ...updated, tags: { ...updated.tags, email: normalizeEmail(profile.email) } }, now)
  return { agent, wasOnline: before.presence === 'online' }
}
