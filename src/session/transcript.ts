import { gunzipSync, gzipSync } from 'node:zlib'
import { TRANSCRIPT_CHUNK_CHARS, transcriptStateNames } from '../definitions/states'
import type { ActionInput, StatePayload } from '../integration-types'

export type HistoryMessage = ActionInput<'startHitl'>['messageHistory'][number]
export type TranscriptChunk = StatePayload<'transcript'>
export type Transcript = { messages: HistoryMessage[]; dropped: number; description?: string }

const MAX_CHARS = TRANSCRIPT_CHUNK_CHARS * transcriptStateNames.length

const compress = (messages: HistoryMessage[]) => gzipSync(Buffer.from(JSON.stringify(messages))).toString('base64')

/**
 * The whole history, compressed and cut into chunks that each fit a state. Only when even the
 * compressed history exceeds every declared chunk are the oldest messages dropped, and the count
 * is kept so the agent sees that something is missing.
 */
export const encodeTranscript = (history: HistoryMessage[], description?: string): TranscriptChunk[] => {
  let dropped = 0
  let data = compress(history)
  while (data.length > MAX_CHARS && dropped < history.length) {
    // Compressed size is close to proportional to the messages kept: aim a little under the limit.
    const kept = history.length - dropped
    const keep = Math.min(kept - 1, Math.floor(kept * (MAX_CHARS / data.length) * 0.95))
    dropped = history.length - Math.max(0, keep)
    data = compress(history.slice(dropped))
  }
  const parts = Math.max(1, Math.ceil(data.length / TRANSCRIPT_CHUNK_CHARS))
  return Array.from({ length: parts }, (_, part) => ({
    encoding: 'gzip-base64-json' as const,
    data: data.slice(part * TRANSCRIPT_CHUNK_CHARS, (part + 1) * TRANSCRIPT_CHUNK_CHARS),
    part,
    parts,
    totalMessages: history.length,
    droppedMessages: dropped,
    ...(part === 0 && description ? { description } : {}),
  }))
}

export const decodeTranscript = (chunks: TranscriptChunk[]): Transcript => {
  if (chunks.length === 0) return { messages: [], dropped: 0 }
  const ordered = [...chunks].sort((a, b) => a.part - b.part)
  const json = gunzipSync(Buffer.from(ordered.map((c) => c.data).join(''), 'base64')).toString('utf8')
  return {
    messages: JSON.parse(json) as HistoryMessage[],
    dropped: ordered[0]?.droppedMessages ?? 0,
    description: ordered[0]?.description,
  }
}
