import { z } from '@botpress/sdk'
import { savedRepliesState } from './saved-replies'

/** The card's description is kept with the first transcript chunk, so it is bounded with it. */
export const MAX_DESCRIPTION_CHARS = 2_000
/**
 * Botpress refuses state payloads over 128 KB; a chunk stays under it once JSON-encoded, with the description
 * (at most 2,000 characters, 12 KB even if every one is escaped as \uXXXX) beside it.
 */
export const TRANSCRIPT_CHUNK_CHARS = 115_000
/** The transcript is spread over these declared states (Botpress only serves declared state names). */
export const transcriptStateNames = ['transcript', 'transcript2', 'transcript3'] as const
export type TranscriptStateName = (typeof transcriptStateNames)[number]

/** The one list of session statuses: tags, timeline, summaries and the queue filter all read it. */
export const sessionStatuses = ['pending', 'assigned', 'closed'] as const
export const closeSources = ['agent', 'end-user', 'timeout', 'bot'] as const

export const actorSchema = z.object({
  kind: z.enum(['agent', 'end-user', 'bot', 'system']),
  userId: z.string().optional(),
  email: z.string().optional(),
  name: z.string().optional(),
})
const actor = actorSchema

export const transitionSchema = z.object({
  from: z.enum(['none', ...sessionStatuses]),
  to: z.enum(sessionStatuses),
  at: z.number(),
  by: actor,
  why: z.string(),
  agent: actor.optional(),
})

export const noteSchema = z.object({
  id: z.string(),
  idempotencyKey: z.string().optional().describe('The key of the call that wrote it: data, never a key of the record'),
  text: z.string(),
  at: z.number(),
  by: actor,
})

const transcriptChunk = z.object({
  encoding: z.literal('gzip-base64-json'),
  data: z.string(),
  part: z.number(),
  parts: z.number(),
  totalMessages: z.number(),
  droppedMessages: z.number(),
  description: z.string().optional().describe('The card description, kept with the first chunk'),
})

/** An agent's claim (agentUserId, email, name) or a closer's (source, reason, by), and when it was made. */
const claim = z.object({
  agentUserId: z.string().optional(),
  email: z.string().optional(),
  name: z.string().optional(),
  source: z.enum(closeSources).optional(),
  reason: z.string().optional(),
  by: actor.optional(),
  at: z.number(),
})

/**
 * The session's states: three transcript chunks, its record (timeline and notes) and its claim. Botpress
 * publishes no limit on the number of states (its own HubSpot integration declares nine).
 */
export const states = {
  ...(Object.fromEntries(
    transcriptStateNames.map((name) => [name, { type: 'conversation' as const, schema: transcriptChunk }])
  ) as Record<TranscriptStateName, { type: 'conversation'; schema: typeof transcriptChunk }>),
  timeline: {
    type: 'conversation' as const,
    schema: z
      .record(z.union([transitionSchema, noteSchema]))
      .describe(
        "The session's record: every transition (keyed by time) and the agents' notes (keyed n_<digest>), merged with patchState"
      ),
  },
  ...savedRepliesState,
  readMarkers: {
    type: 'user' as const,
    schema: z
      .record(z.number())
      .describe(
        "On an agent's user: per session id, how many of the end user's messages the agent has read; merged with patchState"
      ),
  },
  claim: {
    type: 'conversation' as const,
    schema: claim.describe(
      'Who moves the session first: an agent taking it while pending, or a closer; getOrSetState makes the first writer win. A take releases it once written, so closers meet on it next'
    ),
  },
  routingCursor: {
    type: 'integration' as const,
    schema: z
      .object({ lastEmail: z.string(), at: z.number() })
      .describe('Round robin: the agent who was auto-assigned last, so the next session goes to the one after'),
  },
}
