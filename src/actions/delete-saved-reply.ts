import { decideDelete } from '../saved-replies/saved-reply-rules'
import { commitReply, editorOf, loadReplies } from '../saved-replies/saved-reply-store'
import { defineAction } from './define-action'

/** Deletes the revision the caller read, leaving a marker of the same shape; deleting twice is done. */
export const deleteSavedReply = defineAction('deleteSavedReply', async ({ input, client, ctx }) => {
  const replies = await loadReplies(client, ctx.integrationId)
  const decision = decideDelete(replies, { ...input, by: editorOf(input.agent), at: Date.now() })
  await commitReply(client, ctx.integrationId, decision)
  return { id: input.id }
})
