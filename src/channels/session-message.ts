import { createBoundedClient } from '../api/bounded-client'
import { channelMessageTypes } from '../definitions/messages'
import type { IntegrationProps } from '../integration-types'
import { senderOf } from '../session/desk-messages'
import { sessionFromConversation } from '../session/session-tags'

type Handlers = IntegrationProps['channels']['hitl']['messages']
type MessageHandler = (props: Parameters<Handlers[keyof Handlers]>[0]) => Promise<void>

/**
 * A message the plugin puts on the session: the end user's (payload.userId set) or the bot's own.
 * It is already stored in the session, where agents read it; here it is acknowledged and the session's
 * activity kept, in at most two calls. One that reaches a closed session is kept visible and flagged.
 */
const onSessionMessage: MessageHandler = async ({ ctx, conversation, message, logger }) => {
  const client = createBoundedClient(ctx)
  const session = sessionFromConversation(conversation)
  const sender = senderOf({ direction: 'outgoing', payload: message.payload })
  const receivedAt = String(Date.now())

  if (session.status === 'closed') {
    logger
      .forBot()
      .warn(`A ${sender} message reached HITL session ${session.id} after it closed; it is kept for agents, the end user got no agent.`)
    await client.updateMessage({ id: message.id, tags: { receivedAt, sender, afterClose: 'true' } })
    return
  }
  await Promise.all([
    client.updateMessage({ id: message.id, tags: { receivedAt, sender } }),
    sender === 'end-user' ? client.updateConversation({ id: session.id, tags: { lastUserMessageAt: receivedAt } }) : undefined,
  ])
}

/** One handler for the six types: the session does not care what kind of content it relays. */
export const channels = {
  hitl: {
    messages: Object.fromEntries(channelMessageTypes.map((type) => [type, onSessionMessage])) as Record<
      keyof Handlers,
      MessageHandler
    >,
  },
} satisfies IntegrationProps['channels']
