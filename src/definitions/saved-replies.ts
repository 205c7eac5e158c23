import { z } from '@botpress/sdk'

/** Bounds of a saved reply, so that every reply of a bot fits in one state (Botpress refuses more than 128 KB). */
export const SAVED_REPLY_LIMITS = {
  titleChars: 80,
  textChars: 1_000,
  replies: 100,
  /** The state's whole JSON, deleted replies' markers included, stays under this (Botpress: 128 KB). */
  stateBytes: 120_000,
} as const

/** The variables a saved reply may hold; the composer fills them in as text. */
export const savedReplyVariables = ['endUser.name', 'agent.name'] as const
export type SavedReplyVariable = (typeof savedReplyVariables)[number]
/** `{{ name }}` with optional spaces; what is inside is checked against the known variables. */
export const VARIABLE_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g

/** A reply's id is ours (a digest of the create call's idempotency key), never the caller's string. */
export const savedReplyId = z
  .string()
  .regex(/^sr_[0-9a-f]{32}$/, 'Must be a saved reply id (sr_ and 32 hex digits)')
  .describe('ID of the saved reply')

const editor = z.object({ email: z.string(), name: z.string() })

/**
 * One saved reply as stored. Every field is always written (a deleted reply keeps the shape, emptied, with
 * `deleted: true`), so a patch replaces a whole record whether Botpress merges nested objects or not.
 */
export const savedReplyRecord = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  revision: z.number().int().describe('1 when created, one more at every edit or deletion'),
  deleted: z.boolean(),
  idempotencyKey: z.string().describe('The create call’s key: data, never a key of the record'),
  createdAt: z.number(),
  updatedAt: z.number(),
  updatedBy: editor,
})
export type SavedReplyRecord = z.infer<typeof savedReplyRecord>

export const savedRepliesState = {
  savedReplies: {
    type: 'integration' as const,
    schema: z
      .record(savedReplyRecord)
      .describe("The bot's shared saved replies, keyed by reply id; each write patches one key (patchState)"),
  },
}
