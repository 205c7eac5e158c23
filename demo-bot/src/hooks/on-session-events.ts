import { sessionFromTags } from '../../../src/session/session-from-tags'
import type { BotProps } from '../bot-types'
import type { HandoffConfiguration } from '../state/configuration'
import { announceAgent } from '../relay/announce-agent'
import { settledHandoff } from '../state/handoff-state'
import { handBackAfterAgentClosed } from '../end/hand-back-after-agent-closed'
import { endUserConversationOf } from '../relay/end-user-conversation-of'

/** The handoff of the session's end user conversation, if this session is still its current one. */
const currentHandoff = async (props: BotProps, sessionId: string) => {
  const { conversation } = await props.client.getConversation({ id: sessionId })
  const conversationId = await endUserConversationOf(props.client, conversation)
  if (!conversationId) return undefined
  const state = await settledHandoff(props.client, conversationId, sessionId)
  if (!state || state.phase !== 'active' || state.sessionId !== sessionId) return undefined
  return { conversationId, state, session: sessionFromTags(conversation, props.interfaces.hitl.integrationAlias) }
}

/** hitlAssigned: an agent took the session (or it was transferred): the end user hears who. */
export const onAgentAssigned = async (
  props: BotProps,
  config: HandoffConfiguration,
  event: { id: string; payload: { conversationId: string; userId: string } }
) => {
  const current = await currentHandoff(props, event.payload.conversationId)
  if (!current) return
  await announceAgent(props, config, current.conversationId, current.state, event.payload.userId, event.id)
}

/** hitlStopped: the agent closed the session; the bot takes the conversation back. */
export const onSessionStopped = async (
  props: BotProps,
  config: HandoffConfiguration,
  event: { payload: { conversationId: string } }
) => {
  const current = await currentHandoff(props, event.payload.conversationId)
  if (!current) return
  await handBackAfterAgentClosed(props, config, current.conversationId, current.state, current.session)
}
