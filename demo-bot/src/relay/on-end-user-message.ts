import type { BotProps } from '../bot-types'
import { isCommand, type HandoffConfiguration } from '../state/configuration'
import { sessionFromTags } from '../../../src/session/session-from-tags'
import { endHandoff } from '../end/end-handoff'
import { readHandoff, settledHandoff } from '../state/handoff-state'
import { relayToAgent, type EndUserMessage } from './relay-to-agent'
import { handBackAfterAgentClosed } from '../end/hand-back-after-agent-closed'

/**
 * A message of the end user while a handoff exists: it goes to the agent, or ends the session (the close
 * command); either way the bot does not answer it. Returns false when the bot has the conversation.
 */
export const onEndUserMessageDuringHandoff = async (
  props: BotProps,
  config: HandoffConfiguration,
  message: EndUserMessage
) => {
  const conversationId = message.conversationId
  const found = await readHandoff(props.client, conversationId)
  if (!found) return false
  // A card fired from elsewhere may be finishing: the message waits for the session rather than the bot answering it.
  const state = found.phase === 'starting' ? await settledHandoff(props.client, conversationId) : found
  if (!state || state.phase !== 'active' || !state.sessionId) return false
  if (message.id === state.startedBy) return true // it fired the card: already in the history

  if (isCommand(message.payload.text, config.closeCommand)) {
    await endHandoff(props, config, conversationId, state, {
      reason: 'end-user',
      cause: message.id,
      agentText: config.userCancelledText,
      endUserText: config.userEndedText,
      stopSession: true,
    })
    return true
  }

  // Relayed in any case (a message that reaches a closed session is kept there for agents); if the session
  // turns out closed and the news never reached the bot, the end user is told now rather than talking to no one.
  const [session] = await Promise.all([
    props.client.getConversation({ id: state.sessionId }),
    relayToAgent(props, config, state, message),
  ])
  const current = sessionFromTags(session.conversation, props.interfaces.hitl.integrationAlias)
  if (current.status === 'closed') await handBackAfterAgentClosed(props, config, conversationId, state, current)
  return true
}
