import { transcriptStateNames } from '../definitions/states'
import type { Client } from '../integration-types'
import { decodeTranscript, encodeTranscript, type HistoryMessage, type Transcript } from './transcript'

/** get-or-set, so a retried startHitl never rewrites a transcript another attempt already stored. */
export const storeTranscript = async (
  client: Client,
  conversationId: string,
  history: HistoryMessage[],
  description?: string
) => {
  const chunks = encodeTranscript(history, description)
  await Promise.all(
    chunks.map((payload, i) =>
      client.getOrSetState({ type: 'conversation', id: conversationId, name: transcriptStateNames[i]!, payload })
    )
  )
}

export const loadTranscript = async (client: Client, conversationId: string): Promise<Transcript> => {
  const { state: first } = await client.getState({ type: 'conversation', id: conversationId, name: 'transcript' })
  const rest = await Promise.all(
    transcriptStateNames
      .slice(1, first.payload.parts)
      .map((name) => client.getState({ type: 'conversation', id: conversationId, name }).then((r) => r.state.payload))
  )
  return decodeTranscript([first.payload, ...rest])
}
