import type { BotProps } from '../bot-types'
import type { HandoffConfiguration } from '../state/configuration'
import type { HandoffState } from '../state/definitions'
import { endHandoff } from './end-handoff'

/**
 * The agent closed the session (hitlStopped, or the bot found it closed while relaying): the end user is
 * told once, keyed by the session, however many ways the news arrives; nothing is sent back to the integration.
 */
export const handBackAfterAgentClosed = (
  props: BotProps,
  config: HandoffConfiguration,
  conversationId: string,
  state: HandoffState
) =>
  endHandoff(props, config, conversationId, state, {
    reason: 'agent',
    cause: `closed:${state.sessionId}`,
    endUserText: config.stoppedText,
    stopSession: false,
  })
