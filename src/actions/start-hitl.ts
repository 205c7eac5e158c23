import { createHash } from 'node:crypto'
import { orRefuseIfMissing, refuse } from '../api/errors'
import { MAX_DESCRIPTION_CHARS } from '../definitions/states'
import { maskingOn, maskPayload } from '../escalation/mask-sensitive'
import { commit } from '../session/commit'
import { open } from '../session/rules'
import { sessionFromConversation, tagValue } from '../session/session-tags'
import { storeTranscript } from '../session/transcript-store'
import { boundedText, MAX_ID_LENGTH, requiredText } from './bounded-text'
import { defineAction } from './define-action'

/** A title is a tag: Botpress keeps 500 characters of it. */
const MAX_TITLE_CHARS = 500

/** What a call asked for: a retry asks the same, a card fired from another conversation does not. */
const digestOf = (input: unknown) => createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 32)

/**
 * Opens a pending session for the end-user copy. The history goes to session state, never as messages:
 * the plugin relays every incoming message of a session to the end user. A constant number of calls
 * whatever the history length, and at most one open session per end user: a second card, or a retry,
 * gets the session that is already open.
 *
 * All or nothing as the queue sees it: the conversation is created without a status (no list shows it, no
 * action takes it), the transcript and the timeline are stored, and only then does the status make it a
 * pending session. A retry finds the same conversation (by its open-for tag) and completes it.
 *
 * The session is left pending when this returns, whatever the routing: the plugin activates its side only after
 * this call, so auto-assignment offers it later, from the desk's loop (OFFER_GRACE_MS).
 */
export const startHitl = defineAction('startHitl', async ({ input, client, ctx, announce }) => {
  const userId = requiredText('startHitl', 'userId', input.userId, MAX_ID_LENGTH)
  const title = boundedText('startHitl', 'title', input.title, MAX_TITLE_CHARS)
  const description = boundedText('startHitl', 'description', input.description, MAX_DESCRIPTION_CHARS)
  const { user } = await orRefuseIfMissing(
    client.getUser({ id: userId }),
    `startHitl: userId "${userId}" is not a user of this bot; create it with createUser first.`
  )
  if (user.tags.role !== 'end-user') {
    return refuse(`startHitl: userId "${userId}" is not an end user created by this integration's createUser.`)
  }

  const { conversation } = await client.getOrCreateConversation({
    channel: 'hitl',
    tags: {
      openFor: user.id,
      title: tagValue(title ?? `Conversation with ${user.name ?? 'an end user'}`),
      priority: input.hitlSession?.priority ?? 'normal',
      category: tagValue(input.hitlSession?.category ?? ''),
      endUser: user.id,
      endUserName: tagValue(user.name ?? ''),
      createdAt: String(Date.now()),
      startDigest: digestOf(input),
    },
    discriminateByTags: ['openFor'],
  })
  // New, or half-made by an attempt that died: what the first attempt tagged is what the session is.
  const session = sessionFromConversation(conversation)
  if (conversation.tags.status) {
    // Already open (a second card, or a retry after the status was written): finish its first transition.
    await commit(client, session, { kind: 'unchanged' })
    // Another card than the one that opened it: the end user asked again from a new conversation; agents see it.
    if (session.startDigest && session.startDigest !== digestOf(input) && session.newConversationAt === undefined)
      await client.updateConversation({ id: session.id, tags: { newConversationAt: String(Date.now()) } })
    await announce('session.created', session, String(session.createdAt))
    return { conversationId: conversation.id }
  }
  await (maskingOn(ctx.configuration)
    ? storeTranscript(client, conversation.id, maskPayload(input.messageHistory), maskPayload(description))
    : storeTranscript(client, conversation.id, input.messageHistory, description))
  const opened = await commit(client, session, open(session))
  await announce('session.created', opened, String(opened.createdAt))
  return { conversationId: conversation.id }
})
