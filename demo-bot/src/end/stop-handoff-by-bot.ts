import type { BotProps } from '../bot-types'
import type { HandoffConfiguration } from '../state/configuration'
import { endHandoff } from './end-handoff'
import { readHandoff } from '../state/handoff-state'

/** The bot's own flow takes the conversation back (the stopHandoff action, or a handoffStopRequested event). */
export const stopHandoffByBot = async (
  props: BotProps,
  config: HandoffConfiguration,
  conversationId: string,
  cause: string
): Promise<boolean> => {
  const state = await readHandoff(props.client, conversationId)
  if (!state || state.phase !== 'active') return false
  return endHandoff(props, config, conversationId, state, {
    reason: 'bot',
    cause,
    agentText: config.userCancelledText,
    stopSession: true,
  })
}
