import { createBoundedClient } from '../api/bounded-client'
import { retriableOnTransient } from '../api/errors'
import { channelMessageTypes } from '../definitions/messages'
import { maskingOn, maskPayload } from '../escalation/mask-sensitive'
import type { IntegrationProps, SessionTags } from '../integration-types'
import { senderOf } from '../session/desk-messages'
import { messagePreview } from '../session/message-preview'
import type { Session } from '../session/session'
import { sessionFromConversation, tagValue } from '../session/session-tags'
import { sessionAnnouncer } from '../webhooks/session-announcer'

type Handlers = IntegrationProps['channels']['hitl']['messages']

/**
 * What the queue shows of the end user's activity, in the update that already records it: when they last wrote,
 * what (masked), and how many messages so far (agents' unread counts). A redelivered message counts once: the
 * count is the one the session had when the message arrived, plus one.
 */
const endUserActivity = (
  session: Session,
  message: { id: string; type: string },
  payload: Record<string, unknown>,
  receivedAt: string
): Partial<SessionTags> => ({
  lastUserMessageAt: receivedAt,
  lastMessage: tagValue(messagePreview(message.type, payload)),
  endUserMessages: String((session.endUserMessages ?? 0) + (session.lastCountedMessage === message.id ? 0 : 1)),
  lastCountedMessage: message.id,
})
type MessageHandler = (props: Parameters<Handlers[keyof Handlers]>[0]) => Promise<void>

/**
 * A message the plugin puts on the session: the end user's (payload.userId set) or the bot's own.
 * It is already stored in the session, where agents read it; here it is acknowledged and the session's
 * activity kept, in at most two calls. One that reaches a closed session is kept visible and flagged.
 */
const acknowledge: MessageHandler = async ({ ctx, conversation, message, logger }) => {
  const client = createBoundedClient(ctx)
  const session = sessionFromConversation(conversation)
  const sender = senderOf({ direction: 'outgoing', payload: message.payload })
  const receivedAt = String(Date.now())
  // The stored message is rewritten masked in the same call that acknowledges it (no call added).
  const masked = maskingOn(ctx.configuration) ? maskPayload(message.payload) : message.payload
  const payload = JSON.stringify(masked) === JSON.stringify(message.payload) ? {} : { payload: masked }
  // Once the message is acknowledged, the webhook hears of it (masked, as agents read it).
  const announce = () =>
    sessionAnnouncer(ctx, logger)('session.message', session, message.id, {
      id: message.id,
      sender,
      type: message.type,
      payload: masked,
    })

  if (session.status === 'closed') {
    logger
      .forBot()
      .warn(
        `A ${sender} message reached HITL session ${session.id} after it closed; it is kept for agents, the end user got no agent.`
      )
    await client.updateMessage({ id: message.id, tags: { receivedAt, sender, afterClose: 'true' }, ...payload })
    await announce()
    return
  }
  await Promise.all([
    client.updateMessage({ id: message.id, tags: { receivedAt, sender }, ...payload }),
    sender === 'end-user'
      ? client.updateConversation({ id: session.id, tags: endUserActivity(session, message, masked, receivedAt) })
      : undefined,
  ])
  await announce()
}

/** A failed acknowledgement answers 5xx, so Botpress delivers the message again (acknowledging is idempotent). */
const onSessionMessage: MessageHandler = (props) => retriableOnTransient(() => acknowledge(props))

/** One handler for the six types: the session does not care what kind of content it relays. */
export const channels = {
  hitl: {
    messages: Object.fromEntries(channelMessageTypes.map((type) => [type, onSessionMessage])) as Record<
      keyof Handlers,
      MessageHandler
    >,
  },
} satisfies IntegrationProps['channels']
