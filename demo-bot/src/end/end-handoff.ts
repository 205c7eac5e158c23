import type { BotProps } from '../bot-types'
import type { HandoffConfiguration } from '../state/configuration'
import type { EndReason, HandoffState } from '../state/definitions'
import { sayText } from '../say'
import { installed } from '../state/hitl-interface'
import { claimEnd, clearHandoff, patchHandoff } from '../state/handoff-state'

export type Ending = {
  reason: EndReason
  /** What ends it (a message or event id, or the session for an agent's close): a retry resumes, a rival stands aside. */
  cause: string
  /** Written in the session, for agents, before it closes. */
  agentText?: string
  /** Told to the end user once the session is closed. */
  endUserText?: string
  /** False when the integration closed it already (the agent did): calling stopHitl back would be an echo. */
  stopSession: boolean
}

/**
 * Ends a session and gives the conversation back to the bot, in an order a retry can resume: the
 * session's end is claimed first (one ending per session, whoever comes first), then each step is
 * idempotent, and the handoff is removed last.
 */
export const endHandoff = async (
  props: BotProps,
  config: HandoffConfiguration,
  conversationId: string,
  state: HandoffState,
  ending: Ending
): Promise<boolean> => {
  const { client, ctx } = props
  const sessionId = state.sessionId
  if (!sessionId) return false
  const { won } = await claimEnd(client, sessionId, { reason: ending.reason, cause: ending.cause, at: Date.now() })
  if (!won) return false

  await patchHandoff(client, conversationId, { phase: 'ending', endingSince: Date.now() })
  if (ending.agentText) await sayText(client, ctx.botId, sessionId, ending.agentText, `end:${ending.cause}`)
  if (ending.stopSession)
    await client.callAction({
      type: installed(props.interfaces.hitl, 'stopHitl'),
      input: { conversationId: sessionId },
    })
  if (ending.endUserText) await sayText(client, ctx.botId, conversationId, ending.endUserText, `reply:${ending.cause}`)
  await clearHandoff(client, conversationId, state.claim)
  if (config.flowOnHitlStopped)
    await client.createEvent({
      type: 'conversationHandedBack',
      conversationId,
      payload: { sessionId, reason: ending.reason },
    })
  return true
}
