import { z } from '@botpress/sdk'

/** Botpress refuses state payloads over 128 KB; a chunk stays well under it once JSON-encoded. */
export const TRANSCRIPT_CHUNK_CHARS = 120_000
/** The transcript is spread over these declared states (Botpress only serves declared state names). */
export const transcriptStateNames = [
  'transcript',
  'transcript2',
  'transcript3',
  'transcript4',
  'transcript5',
  'transcript6',
] as const
export type TranscriptStateName = (typeof transcriptStateNames)[number]

const actor = z.object({
  kind: z.enum(['agent', 'end-user', 'bot', 'system']),
  userId: z.string().optional(),
  email: z.string().optional(),
  name: z.string().optional(),
})

export const transitionSchema = z.object({
  from: z.enum(['none', 'pending', 'assigned', 'closed']),
  to: z.enum(['pending', 'assigned', 'closed']),
  at: z.number(),
  by: actor,
  why: z.string(),
  agent: actor.optional(),
})

export const noteSchema = z.object({ id: z.string(), text: z.string(), at: z.number(), by: actor })

const transcriptChunk = z.object({
  encoding: z.literal('gzip-base64-json'),
  data: z.string(),
  part: z.number(),
  parts: z.number(),
  totalMessages: z.number(),
  droppedMessages: z.number(),
  description: z.string().optional().describe('The card description, kept with the first chunk'),
})

export const states = {
  ...(Object.fromEntries(
    transcriptStateNames.map((name) => [name, { type: 'conversation' as const, schema: transcriptChunk }])
  ) as Record<TranscriptStateName, { type: 'conversation'; schema: typeof transcriptChunk }>),
  timeline: {
    type: 'conversation' as const,
    schema: z
      .record(transitionSchema)
      .describe('Every transition of the session, keyed by time, appended with patchState'),
  },
  notes: {
    type: 'conversation' as const,
    schema: z.record(noteSchema).describe('Internal agent notes, keyed by note id; never sent to the end user'),
  },
  claim: {
    type: 'conversation' as const,
    schema: z
      .object({ agentUserId: z.string(), email: z.string(), name: z.string().optional(), at: z.number() })
      .describe('First agent to take a pending session; getOrSetState makes the first writer win'),
  },
  closure: {
    type: 'conversation' as const,
    schema: z
      .object({
        source: z.enum(['agent', 'end-user', 'timeout', 'bot']),
        reason: z.string(),
        by: actor,
        at: z.number(),
      })
      .describe('How the session closed; getOrSetState makes the first closer win'),
  },
}
