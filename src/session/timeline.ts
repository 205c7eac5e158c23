import { isNotFound, orIfMissing } from '../api/errors'
import type { Client } from '../integration-types'
import type { Transition } from './session'

/**
 * Keys sort by time and name the transition, so writing an entry again (a retry, a repair, a crossing close)
 * replaces it instead of adding a second one. A session closes once: its closing entry has a fixed key.
 */
export const entryKey = (t: Transition) =>
  t.to === 'closed'
    ? 'closed'
    : `${String(t.at).padStart(15, '0')}-${t.to}${t.to === 'assigned' ? `-${t.agent?.userId ?? ''}` : ''}`

/** Merges without reading: patchState merges top-level keys, so concurrent writers never lose an entry. */
export const recordTransitions = async (client: Client, conversationId: string, transitions: Transition[]) => {
  const payload = Object.fromEntries(transitions.map((t) => [entryKey(t), t]))
  const state = { type: 'conversation' as const, id: conversationId, name: 'timeline' as const }
  if (transitions.every((t) => t.from === 'none')) {
    // The first entry creates the timeline; only if it already exists without the entry is it merged.
    const { state: found } = await client.getOrSetState({ ...state, payload })
    if (Object.keys(payload).every((key) => key in found.payload)) return
  }
  await client.patchState({ ...state, payload }).catch(async (err) => {
    if (!isNotFound(err)) throw err
    // No timeline yet (the start died before writing it): create it with these entries.
    await client.getOrSetState({ ...state, payload })
    await client.patchState({ ...state, payload })
  })
}

/** What the timeline says; `derived` stands in for a timeline a crash kept from being written yet. */
export const readTimeline = async (
  client: Client,
  conversationId: string,
  derived: Transition
): Promise<Transition[]> => {
  const found = await orIfMissing(
    client.getState({ type: 'conversation', id: conversationId, name: 'timeline' }),
    undefined
  )
  // Notes share the record; the closing entry sorts by its time like the others.
  const transitions = Object.values(found?.state.payload ?? {}).flatMap((e) => ('to' in e ? [e] : []))
  return (transitions.length ? transitions : [derived]).sort(
    (a, b) => a.at - b.at || (a.to === 'closed' ? 1 : b.to === 'closed' ? -1 : 0)
  )
}
