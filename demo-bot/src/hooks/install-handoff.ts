import type * as sdk from '@botpress/sdk'
import type { DemoBot } from '../bot-types'
import type { HandoffConfigurationInput } from '../state/configuration'
import { preparing } from '../handler-props'
import { onAssignmentTimeout } from '../end/assignment-timeout'
import { onEndUserMessageDuringHandoff } from '../relay/on-end-user-message'
import { type HandoffInterfaces, installed } from '../state/hitl-interface'
import { onAgentAssigned, onSessionStopped } from './on-session-events'
import { onSessionMessage } from '../relay/on-session-message'

const HANDLED = { stop: true } as const

/**
 * The handoff, wired the way Botpress's HITL plugin (1.4.2) wires itself into a bot: hooks that run before
 * the bot's own handlers and stop what belongs to a session, so the bot never answers during one. A message
 * is downstream (a session's) when its conversation's integration is the alias of the integration behind
 * `hitl`; everything else is upstream.
 */
export const installHandoff = (
  bot: sdk.Bot<DemoBot>,
  interfaces: HandoffInterfaces,
  fallbackConfiguration: HandoffConfigurationInput = {}
) => {
  const prepare = preparing(interfaces, fallbackConfiguration)

  bot.on.beforeIncomingMessage('*', async (hook) => {
    const { props, config } = prepare(hook)
    const message = hook.data
    const { conversation } = await props.client.getConversation({ id: message.conversationId })
    if (conversation.integration === interfaces.hitl.integrationAlias) {
      await onSessionMessage(props, config, conversation, message)
      return HANDLED // the bot never chats with agents
    }
    if (message.direction !== 'incoming') return undefined
    return (await onEndUserMessageDuringHandoff(props, config, message)) ? HANDLED : undefined
  })

  bot.on.beforeIncomingEvent(installed(interfaces.hitl, 'hitlAssigned'), async (hook) => {
    const { props, config } = prepare(hook)
    await onAgentAssigned(props, config, hook.data)
    return HANDLED
  })

  bot.on.beforeIncomingEvent(installed(interfaces.hitl, 'hitlStopped'), async (hook) => {
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
