import { z } from '@botpress/sdk'

export * from './saved-reply-limits'

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
