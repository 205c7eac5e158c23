import type { BotProps } from '../bot-types'
import type { HandoffConfiguration } from '../state/configuration'
import { announceAgent } from './announce-agent'
import { settledHandoff } from '../state/handoff-state'
import { relayToEndUser } from './relay-to-end-user'
import { endUserConversationOf } from './end-user-conversation-of'

type SessionMessage = { id: string; userId: string; direction: string; type: string; payload: Record<string, unknown> }
type Session = { id: string; createdAt: string; tags: Record<string, string | undefined> }

/**
 * A message the integration puts in a session: an agent speaks. It reaches the end user only while the
 * session is the conversation's current one; on a closed session it is swallowed (the integration keeps
 * it for agents). The first agent message of a session nobody took counts as the agent joining.
 */
export const onSessionMessage = async (
  props: BotProps,
  config: HandoffConfiguration,
  session: Session,
  message: SessionMessage
) => {
  if (message.direction !== 'incoming') return
  const conversationId = await endUserConversationOf(props.client, session)
  if (!conversationId) return
  let state = await settledHandoff(props.client, conversationId, session.id)
  if (!state || state.phase !== 'active' || state.sessionId !== session.id) return
  if (message.userId === state.endUserCopyId) return // the end user's own words, already on their side
  if (!state.agent) state = await announceAgent(props, config, conversationId, state, message.userId, message.id)
  await relayToEndUser(props, config, conversationId, state, message)
}
