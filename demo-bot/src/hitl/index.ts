import type * as sdk from '@botpress/sdk'
import type { BotProps, DemoBot } from '../bot-types'
import { readConfiguration, type HandoffConfigurationInput } from '../configuration'
import { withRetries } from '../resilient-client'
import { onAssignmentTimeout } from './assignment-timeout'
import { HITL } from './constants'
import { onEndUserMessageDuringHandoff } from './end-user-messages'
import { onAgentAssigned, onSessionStopped } from './session-events'
import { onSessionMessage } from './session-messages'

const HANDLED = { stop: true } as const

/**
 * The handoff, wired the way Botpress's HITL plugin wires itself into a bot: hooks that run before the
 * bot's own handlers and stop what belongs to a session, so the bot never answers during one.
 */
export const installHandoff = (bot: sdk.Bot<DemoBot>, fallbackConfiguration: HandoffConfigurationInput = {}) => {
  const prepare = (props: BotProps) => ({
    props: { ...props, client: withRetries(props.client) },
    config: readConfiguration(props.ctx.configuration, fallbackConfiguration),
  })

  bot.on.beforeIncomingMessage('*', async (hook) => {
    const { props, config } = prepare(hook)
    const message = hook.data
    const { conversation } = await props.client.getConversation({ id: message.conversationId })
    if (conversation.integration === HITL) {
      await onSessionMessage(props, config, conversation, message)
      return HANDLED // the bot never chats with agents
    }
    if (message.direction !== 'incoming') return undefined
    return (await onEndUserMessageDuringHandoff(props, config, message)) ? HANDLED : undefined
  })

  bot.on.beforeIncomingEvent(`${HITL}:hitlAssigned`, async (hook) => {
    const { props, config } = prepare(hook)
    await onAgentAssigned(props, config, hook.data)
    return HANDLED
  })

  bot.on.beforeIncomingEvent(`${HITL}:hitlStopped`, async (hook) => {
    const { props, config } = prepare(hook)
    await onSessionStopped(props, config, hook.data)
    return HANDLED
  })

  bot.on.beforeIncomingEvent('agentAssignmentTimeout', async (hook) => {
    const { props, config } = prepare(hook)
    await onAssignmentTimeout(props, config, hook.data)
    return HANDLED
  })
}
