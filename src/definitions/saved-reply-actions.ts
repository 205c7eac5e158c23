import * as sdk from '@botpress/sdk'
import { agentIdentity } from './desk-actions'
import { SAVED_REPLY_LIMITS, savedReplyId } from './saved-replies'

/**
 * The HITL tab's saved replies: shared canned answers with `{{endUser.name}}` and `{{agent.name}}`, listed,
 * created, edited and deleted through these actions (hidden in Studio, like the other desk actions).
 */
const { z } = sdk
const hidden = { ...sdk.WELL_KNOWN_ATTRIBUTES.HIDDEN_IN_STUDIO }

const title = z.string().min(1).max(SAVED_REPLY_LIMITS.titleChars).describe('Short name, shown in the list')
const text = z
  .string()
  .min(1)
  .max(SAVED_REPLY_LIMITS.textChars)
  .describe('The reply; may hold {{endUser.name}} and {{agent.name}}, any other {{…}} is refused')
const revision = z
  .number()
  .int()
  .min(1)
  .describe('The revision the caller read: if the reply changed since, the call is refused (409)')

export const savedReply = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  revision: z.number(),
  updatedAt: z.number(),
  updatedBy: z.object({ email: z.string(), name: z.string() }),
})

const replyOutput = z.object({ reply: savedReply })

export const savedReplyActions = {
  listSavedReplies: {
    title: 'List saved replies',
    description: "The bot's shared saved replies, by title",
    attributes: hidden,
    input: { schema: z.object({}) },
    output: {
      schema: z.object({
        replies: z.array(savedReply),
        limits: z.object({ titleChars: z.number(), textChars: z.number(), replies: z.number() }),
      }),
    },
  },
  createSavedReply: {
    title: 'Create a saved reply',
    description: 'A new shared reply; retries with the same idempotency key create it once',
    attributes: hidden,
    input: {
      schema: z.object({
        agent: agentIdentity,
        title,
        text,
        idempotencyKey: z.string().min(8).max(100).describe('Same key, same reply: a retried call creates it once'),
      }),
    },
    output: { schema: replyOutput },
  },
  updateSavedReply: {
    title: 'Edit a saved reply',
    description: 'Changes the title and text of the revision the caller read',
    attributes: hidden,
    input: { schema: z.object({ agent: agentIdentity, id: savedReplyId, revision, title, text }) },
    output: { schema: replyOutput },
  },
  deleteSavedReply: {
    title: 'Delete a saved reply',
    description: 'Removes the revision the caller read; deleting a deleted reply is a success',
    attributes: hidden,
    input: { schema: z.object({ agent: agentIdentity, id: savedReplyId, revision }) },
    output: { schema: z.object({ id: z.string() }) },
  },
} satisfies Record<string, sdk.ActionDefinition>
