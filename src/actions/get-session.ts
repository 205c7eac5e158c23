import { orIfMissing } from '../api/errors'
import { maskingOn, maskPayload } from '../escalation/mask-sensitive'
import type { Client } from '../integration-types'
import { toDeskMessage, timings } from '../session/desk-messages'
import { MAX_PAGES } from '../session/list-all'
import { loadSession } from '../session/load-session'
import { queueSettingsOf, toSummary } from '../session/summary'
import { lastTransition } from '../session/rules'
import { readTimeline } from '../session/timeline'
import { loadTranscript } from '../session/transcript-store'
import { defineAction } from './define-action'

const readNotes = async (client: Client, conversationId: string) => {
  const found = await orIfMissing(
    client.getState({ type: 'conversation', id: conversationId, name: 'timeline' }),
    undefined
  )
  const entries = found ? Object.values(found.state.payload) : []
  return entries
    .flatMap((e) => ('text' in e ? [{ id: e.id, text: e.text, at: e.at, by: e.by }] : []))
    .sort((a, b) => a.at - b.at)
}

/**
 * Live messages, newest first as Botpress lists them, down to `after` (ISO time) when given: a refresh
 * reads one page however long the session is.
 */
const readMessages = async (client: Client, conversationId: string, after?: string) => {
  const all: Awaited<ReturnType<Client['listMessages']>>['messages'] = []
  let nextToken: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await client.listMessages({ conversationId, nextToken })
    const newer = after ? result.messages.filter((m) => m.createdAt >= after) : result.messages
    all.push(...newer)
    nextToken = result.meta.nextToken
    if (!nextToken || newer.length < result.messages.length) break
  }
  return all
}

const noTranscript = { messages: [], dropped: 0, description: undefined }

/**
 * One session for the agent: the history from before the handoff, then the live conversation. A refresh
 * (`messagesAfter`) leaves the history out and reads only the newer messages: O(1) calls for any length.
 */
export const getSession = defineAction('getSession', async ({ input, client, ctx }) => {
  const session = await loadSession(client, input.conversationId)
  const after = input.messagesAfter
  const [transcript, messages, timeline, notes] = await Promise.all([
    after ? noTranscript : loadTranscript(client, session.id),
    readMessages(client, session.id, after),
    readTimeline(client, session.id, lastTransition(session)),
    readNotes(client, session.id),
  ])
  // Botpress lists newest first; the agent reads oldest first (reversed before a stable sort keeps ties in order).
  // Masked again on the way out: messages stored before masking was switched on, or by another writer.
  const mask = maskingOn(ctx.configuration) ? maskPayload : <T>(p: T) => p
  const live = messages
    .reverse()
    .map((m) => ({ ...m, payload: mask(m.payload) }))
    .map(toDeskMessage)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const marker = transcript.dropped
    ? [
        {
          source: 'marker' as const,
          type: 'text',
          payload: { text: `${transcript.dropped} earlier messages were too many to keep` },
        },
      ]
    : []
  const now = Date.now()
  return {
    session: {
      ...toSummary(session, now, queueSettingsOf(ctx.configuration)),
      ...(after ? { incremental: true } : {}),
      description: transcript.description === undefined ? undefined : mask(transcript.description),
      transcript: [
        ...marker,
        ...transcript.messages.map((m) => ({
          source: m.source.type,
          userId: m.source.type === 'user' ? m.source.userId : undefined,
          type: m.type,
          payload: mask(m.payload),
        })),
      ],
      transcriptDropped: transcript.dropped,
      messages: live,
      notes,
      timeline: timeline.map(({ from, to, at, by, why, agent }) => ({ from, to, at, by, why, agent })),
      timings: timings(session, live, now),
    },
  }
})
