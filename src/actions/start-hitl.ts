import { randomUUID } from 'node:crypto'
import { orRefuseIfMissing, refuse } from '../api/errors'
import { maskingOn, maskPayload } from '../escalation/mask-sensitive'
import { start } from '../session/rules'
import { tagValue } from '../session/session-tags'
import { createTimeline } from '../session/timeline'
import { storeTranscript } from '../session/transcript-store'
import { defineAction } from './define-action'

/**
 * Opens a pending session for the end-user copy. The history goes to session state, never as messages:
 * the plugin relays every incoming message of a session to the end user. A constant number of calls
 * whatever the history length, and at most one open session per end user: a second card, or a retry,
 * gets the session that is already open.
 */
export const startHitl = defineAction('startHitl', async ({ input, client, ctx }) => {
  const { user } = await orRefuseIfMissing(
    client.getUser({ id: input.userId }),
    `startHitl: userId "${input.userId}" is not a user of this bot; create it with createUser first.`
  )
  if (user.tags.role !== 'end-user') {
    return refuse(`startHitl: userId "${input.userId}" is not an end user created by this integration's createUser.`)
  }

  const now = Date.now()
  const title = input.title?.trim() || `Conversation with ${user.name ?? 'an end user'}`
  const startKey = randomUUID()
  const { conversation } = await client.getOrCreateConversation({
    channel: 'hitl',
    tags: {
      openFor: user.id,
      startKey,
      status: 'pending',
      title: tagValue(title),
      priority: input.hitlSession?.priority ?? 'normal',
      category: tagValue(input.hitlSession?.category ?? ''),
      endUser: user.id,
      endUserName: tagValue(user.name ?? ''),
      createdAt: String(now),
    },
    discriminateByTags: ['openFor'],
  } as never)

  // Both are get-or-set: on a session that already existed they keep what its first start stored.
  await Promise.all([
    maskingOn(ctx.configuration)
      ? storeTranscript(client, conversation.id, maskPayload(input.messageHistory), maskPayload(input.description))
      : storeTranscript(client, conversation.id, input.messageHistory, input.description),
    createTimeline(client, conversation.id, start(now, user.id, title)),
  ])
  return { conversationId: conversation.id }
})
