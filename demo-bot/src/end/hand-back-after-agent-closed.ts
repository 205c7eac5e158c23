import type { Session } from '../../../src/session/session'
import type { BotProps } from '../bot-types'
import type { HandoffConfiguration } from '../state/configuration'
import type { HandoffState } from '../state/definitions'
import { endHandoff } from './end-handoff'

/**
 * The agent closed the session (hitlStopped, or the bot found it closed while relaying): the end user is
 * told once, keyed by the session, however many ways the news arrives; nothing is sent back to the integration.
 * A session no agent ever joined is not "closed by the human agent" for the end user, who never met one.
 */
export const handBackAfterAgentClosed = (
  props: BotProps,
  config: HandoffConfiguration,
  conversationId: string,
  state: HandoffState,
  session: Pick<Session, 'firstAssignedAt'>
) =>
  endHandoff(props, config, conversationId, state, {
    reason: 'agent',
    cause: `closed:${state.sessionId}`,
    endUserText: session.firstAssignedAt === undefined ? config.unansweredStoppedText : config.stoppedText,
    stopSession: false,
  })
