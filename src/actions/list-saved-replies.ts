import { SAVED_REPLY_LIMITS } from '../definitions/saved-replies'
import { loadReplies, publicReply } from '../saved-replies/saved-reply-store'
import { defineAction } from './define-action'

/** The installation's saved replies that are not deleted, by title, with the bounds the tab shows. */
export const listSavedReplies = defineAction('listSavedReplies', async ({ client, ctx }) => {
  const replies = Object.values(await loadReplies(client, ctx.integrationId))
    .filter((r) => !r.deleted)
    .sort((a, b) => a.title.localeCompare(b.title))
    .map(publicReply)
  const { titleChars, textChars, replies: max } = SAVED_REPLY_LIMITS
  return { replies, limits: { titleChars, textChars, replies: max } }
})
