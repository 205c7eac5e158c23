import type { BotProps } from '../bot-types'
import type { HandoffConfiguration } from '../state/configuration'
import type { HandoffState } from '../state/definitions'
import { say } from '../say'
import { agentTags } from './announce-agent'
import { toEndUserMessages } from './message-mapping'

type AgentMessage = { id: string; type: string; payload: Record<string, unknown> }

/**
 * An agent message goes to the end user, keyed by the agent message's id (one key per part of a bloc):
 * a redelivery finds what it already relayed. Parts are written in order.
 */
export const relayToEndUser = async (
  props: BotProps,
  config: HandoffConfiguration,
  conversationId: string,
  state: HandoffState,
  message: AgentMessage
) => {
  const parts = toEndUserMessages(message)
  const additionalData = typeof message.payload.additionalData === 'string' ? message.payload.additionalData : undefined
  for (const [index, part] of parts.entries()) {
    const key = parts.length === 1 && message.type !== 'bloc' ? message.id : `${message.id}#${index}`
    await say(
      props.client,
      props.ctx.botId,
      conversationId,
      part,
      { tag: 'downstreamMessage', value: key },
      { additionalData, ...agentTags(config, state.agent) }
    )
  }
}
