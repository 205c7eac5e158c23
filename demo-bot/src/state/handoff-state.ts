import type { BotClient } from '../bot-types'
import type { HandoffEnd, HandoffState } from './definitions'
import { orIfMissing } from '../../../src/api/errors'

/** A card that died half-way, or an ending that never finished, must not block the conversation forever. */
const STALE_AFTER_MS = { starting: 2 * 60_000, ending: 60_000 } as const

export const isStale = (state: HandoffState, now = Date.now()): boolean =>
  state.phase === 'starting'
    ? now - state.startedAt > STALE_AFTER_MS.starting
    : state.phase === 'ending' && now - (state.endingSince ?? state.startedAt) > STALE_AFTER_MS.ending

export const readHandoff = async (client: BotClient, conversationId: string): Promise<HandoffState | undefined> => {
  const found = await orIfMissing(
    client.getState({ type: 'conversation', id: conversationId, name: 'handoff' }),
    undefined
  )
  return found?.state.payload as HandoffState | undefined
}

/** getOrSetState is the API's only compare-and-set: of two cards fired together, one gets the handoff. */
export const claimHandoff = async (client: BotClient, conversationId: string, wanted: HandoffState) => {
  const { state } = await client.getOrSetState({
    type: 'conversation',
    id: conversationId,
    name: 'handoff',
    payload: wanted,
  })
  const current = state.payload as HandoffState
  return { won: current.claim === wanted.claim, current }
}

/**
 * Every later change is a patch, never a whole payload: a write retried after a dropped connection
 * must not undo what another handler patched in between (the agent who joined, say).
 */
export const patchHandoff = async (client: BotClient, conversationId: string, patch: Partial<HandoffState>) => {
  await orIfMissing(
    client.patchState({ type: 'conversation', id: conversationId, name: 'handoff', payload: patch }),
    undefined
  )
}

/** The bot has the conversation back. Only the owner of the handoff removes it (a newer card may own it by now). */
export const clearHandoff = async (client: BotClient, conversationId: string, claim: string) => {
  const current = await readHandoff(client, conversationId)
  if (!current || current.claim !== claim) return
  // Not found: already removed by a retried call.
  await orIfMissing(
    client.setState({ type: 'conversation', id: conversationId, name: 'handoff', payload: null }),
    undefined
  )
}

/** On the session's own conversation, so it is never stale: the first to end a session wins, for good. */
export const claimEnd = async (client: BotClient, sessionId: string, wanted: HandoffEnd) => {
  const { state } = await client.getOrSetState({
    type: 'conversation',
    id: sessionId,
    name: 'handoffEnd',
    payload: wanted,
  })
  const current = state.payload as HandoffEnd
  return { won: current.cause === wanted.cause, current }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The agent side can speak before the card has finished saving the session (its first message, its
 * hitlAssigned). Botpress does not redeliver what a bot failed, so the bot waits a little for the card.
 */
export const settledHandoff = async (
  client: BotClient,
  conversationId: string,
  sessionId?: string
): Promise<HandoffState | undefined> => {
  for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
    const state = await readHandoff(client, conversationId)
    const cardStillRunning =
      state?.phase === 'starting' && (!sessionId || !state.sessionId || state.sessionId === sessionId)
    if (!cardStillRunning || Date.now() - state.startedAt > 15_000) return state
    await pause(wait)
  }
}
