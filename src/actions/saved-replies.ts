import { normalizeEmail } from '../agents/agent-user'
import { SAVED_REPLY_LIMITS } from '../definitions/saved-replies'
import { decideCreate, decideDelete, decideUpdate } from '../saved-replies/saved-reply-rules'
import { commitReply, loadReplies, publicReply, replyIdFor } from '../saved-replies/saved-reply-store'
import { defineAction } from './define-action'

const editorOf = (agent: { email: string; name: string }) => ({ email: normalizeEmail(agent.email), name: agent.name })

/** Saved replies: load the installation's record, decide (pure), commit one key. */
export const listSavedReplies = defineAction('listSavedReplies', async ({ client, ctx }) => {
  const replies = Object.values(await loadReplies(client, ctx.integrationId))
    .filter((r) => !r.deleted)
    .sort((a, b) => a.title.localeCompare(b.title))
    .map(publicReply)
  const { titleChars, textChars, replies: max } = SAVED_REPLY_LIMITS
  return { replies, limits: { titleChars, textChars, replies: max } }
})

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

export const updateSavedReply = defineAction('updateSavedReply', async ({ input, client, ctx }) => {
  const replies = await loadReplies(client, ctx.integrationId)
  const decision = decideUpdate(replies, { ...input, by: editorOf(input.agent), at: Date.now() })
  return { reply: publicReply(await commitReply(client, ctx.integrationId, decision)) }
})

export const deleteSavedReply = defineAction('deleteSavedReply', async ({ input, client, ctx }) => {
  const replies = await loadReplies(client, ctx.integrationId)
  const decision = decideDelete(replies, { ...input, by: editorOf(input.agent), at: Date.now() })
  await commitReply(client, ctx.integrationId, decision)
  return { id: input.id }
})
