import { decideCreate } from '../saved-replies/saved-reply-rules'
import { commitReply, editorOf, loadReplies, publicReply, replyIdFor } from '../saved-replies/saved-reply-store'
import { defineAction } from './define-action'

/** Load the saved replies, decide (pure), commit the new reply's own key. */
export const createSavedReply = defineAction('createSavedReply', async ({ input, client, ctx }) => {
  const replies = await loadReplies(client, ctx.integrationId)
  const decision = decideCreate(replies, {
    id: replyIdFor(input.idempotencyKey),
    title: input.title,
    text: input.text,
    idempotencyKey: input.idempotencyKey,
    by: editorOf(input.agent),
    at: Date.now(),
  })
  return { reply: publicReply(await commitReply(client, ctx.integrationId, decision)) }
})
