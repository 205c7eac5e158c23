import type { BotProps } from '../bot-types'
import type { HandoffConfiguration } from '../state/configuration'
import type { HandoffState } from '../state/definitions'
import { say, sayText } from '../say'
import { EndUserCopies } from '../start/end-user-copies'
import { toSessionMessage } from './message-mapping'

/** An end user's message in the upstream conversation, as the bot receives it. */
export type EndUserMessage = {
  id: string
  conversationId: string
  userId: string
  type: string
  payload: Record<string, unknown>
}

/**
 * An end-user message goes into the session, written by the bot as the end user's copy (`payload.userId`),
 * keyed by the end user's message id: a redelivered or retried message is never relayed twice.
 */
export const relayToAgent = async (
  props: BotProps,
  config: HandoffConfiguration,
  state: HandoffState,
  message: EndUserMessage
) => {
  const { client, ctx } = props
  const content = toSessionMessage(message)
  if (!content) {
    await sayText(client, ctx.botId, message.conversationId, config.unsupportedMessageText, `reply:${message.id}`)
    return
  }
  const copyId =
    message.userId === state.endUserId && state.endUserCopyId
      ? state.endUserCopyId
      : await new EndUserCopies(props).copyOf(message.userId)
  await say(
    client,
    ctx.botId,
    state.sessionId!,
    { type: content.type, payload: { ...content.payload, userId: copyId } },
    { tag: 'upstreamMessage', value: message.id }
  )
}
