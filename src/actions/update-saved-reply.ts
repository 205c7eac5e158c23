import { decideUpdate } from '../saved-replies/saved-reply-rules'
import { commitReply, editorOf, loadReplies, publicReply } from '../saved-replies/saved-reply-store'
import { defineAction } from './define-action'

/** An edit of the revision the caller read; a reply changed since is refused (409) naming who changed it. */
export const updateSavedReply = defineAction('updateSavedReply', async ({ input, client, ctx }) => {
  const replies = await loadReplies(client, ctx.integrationId)
  const decision = decideUpdate(replies, { ...input, by: editorOf(input.agent), at: Date.now() })
  return { reply: publicReply(await commitReply(client, ctx.integrationId, decision)) }
})
