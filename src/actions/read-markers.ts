import { resolveAgent } from '../agents/agent-user'
import { isNotFound, orIfMissing } from '../api/errors'
import type { Client } from '../integration-types'
import { loadSession } from '../session/load-session'
import { defineAction } from './define-action'

/** Markers of sessions long gone are dropped past this many, oldest first: the state stays far below 128 KB. */
export const MAX_READ_MARKERS = 1_000

const markersOf = (userId: string) => ({ type: 'user' as const, id: userId, name: 'readMarkers' as const })

/** What the agent has read: one state on the agent's own user, so any desk instance sees the same. */
export const getReadMarkers = defineAction('getReadMarkers', async ({ input, client }) => {
  const agent = await resolveAgent(client, input.agent)
  const found = await orIfMissing(client.getState(markersOf(agent.userId)), undefined)
  return { markers: found?.state.payload ?? {} }
})

const patchMarkers = async (client: Client, userId: string, payload: Record<string, number>) => {
  const state = markersOf(userId)
  const result = await client.patchState({ ...state, payload }).catch(async (err) => {
    if (!isNotFound(err)) throw err
    // The agent's first read: create the state, then merge, in case another tab created it meanwhile.
    await client.getOrSetState({ ...state, payload })
    return client.patchState({ ...state, payload })
  })
  const all = result.state.payload
  const ids = Object.keys(all)
  if (ids.length <= MAX_READ_MARKERS) return all
  const kept = Object.fromEntries(ids.slice(-MAX_READ_MARKERS / 2).map((id) => [id, all[id]!]))
  await client.setState({ ...state, payload: { ...kept, ...payload } })
  return { ...kept, ...payload }
}

/**
 * The agent opened or read the session: merged without reading (two tabs of one agent never lose a marker),
 * bounded by what the end user really wrote, and only for a session of this bot.
 */
export const markSessionRead = defineAction('markSessionRead', async ({ input, client }) => {
  const [session, agent] = await Promise.all([
    loadSession(client, input.conversationId),
    resolveAgent(client, input.agent),
  ])
  const read = Math.min(input.endUserMessages, session.endUserMessages ?? 0)
  return { markers: await patchMarkers(client, agent.userId, { [session.id]: read }) }
})
