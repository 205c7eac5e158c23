import type { BotClient, BotProps } from '../bot-types'
import type { HandoffConfiguration } from '../state/configuration'
import { sessionFromTags } from '../../../src/session/session-from-tags'
import { endHandoff } from './end-handoff'
import { readHandoff } from '../state/handoff-state'

/** Botpress's own timer: an event of the bot, delivered later by the platform, so no process has to stay up. */
export const scheduleAssignmentTimeout = async (
  client: BotClient,
  conversationId: string,
  sessionId: string,
  startedAt: number,
  seconds: number
) => {
  await client.createEvent({
    type: 'agentAssignmentTimeout',
    conversationId,
    payload: { sessionId, startedAt },
    schedule: { delay: Math.round(seconds * 1000) },
  })
}

/** Gives up on the session only if it is still the current one and still waits for an agent. */
export const onAssignmentTimeout = async (
  props: BotProps,
  config: HandoffConfiguration,
  event: { conversationId?: string; payload: { sessionId: string } }
) => {
  const conversationId = event.conversationId
  if (!conversationId) return
  const state = await readHandoff(props.client, conversationId)
  if (!state || state.phase !== 'active' || state.sessionId !== event.payload.sessionId || state.agent) return
  // An agent may have taken it already, with the news still on its way to the bot.
  const { conversation } = await props.client.getConversation({ id: event.payload.sessionId })
  if (sessionFromTags(conversation, props.interfaces.hitl.integrationAlias).status !== 'pending') return
  await endHandoff(props, config, conversationId, state, {
    reason: 'timeout',
    cause: `timeout:${event.payload.sessionId}`,
    agentText: config.userCancelledText,
    endUserText: config.assignmentTimeoutText,
    stopSession: true,
  })
}
