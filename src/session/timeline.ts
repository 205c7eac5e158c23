import type { Client } from '../integration-types'
import type { Transition } from './session'

/**
 * Keys sort by time, and carry enough randomness that two instances never overwrite each other. A session
 * closes once, so its closing entry has a fixed key: the close written again (a retry, a crossing) replaces itself.
 */
const entryKey = (t: Transition) =>
  `${String(t.at).padStart(15, '0')}-${t.to === 'closed' ? 'closed' : Math.random().toString(36).slice(2, 10)}`

/** Appends without reading: patchState merges top-level keys, so concurrent writers never lose an entry. */
export const appendTransition = async (client: Client, conversationId: string, transition: Transition) => {
  await client.patchState({
    type: 'conversation',
    id: conversationId,
    name: 'timeline',
    payload: { [entryKey(transition)]: transition },
  })
}

export const createTimeline = async (client: Client, conversationId: string, first: Transition) => {
  await client.getOrSetState({
    type: 'conversation',
    id: conversationId,
    name: 'timeline',
    payload: { [entryKey(first)]: first },
  })
}

export const readTimeline = async (client: Client, conversationId: string): Promise<Transition[]> => {
  const { state } = await client.getState({ type: 'conversation', id: conversationId, name: 'timeline' })
  return Object.keys(state.payload)
    .sort()
    .map((key) => state.payload[key] as Transition)
}
