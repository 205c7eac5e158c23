import { randomUUID } from 'node:crypto'
import { isApiError } from '@botpress/sdk'
import type { BotProps } from '../bot-types'
import type { HandoffConfiguration } from '../state/configuration'
import type { HandoffState } from '../state/definitions'
import { sayText } from '../say'
import { scheduleAssignmentTimeout } from '../end/assignment-timeout'
import { installed } from '../state/hitl-interface'
import { EndUserCopies } from './end-user-copies'
import { claimHandoff, clearHandoff, isStale, patchHandoff } from '../state/handoff-state'
import { readTranscript } from './read-transcript'

export type HandoffRequest = {
  conversationId: string
  endUserId: string
  title?: string
  description?: string
  priority?: 'low' | 'normal' | 'high' | 'urgent'
  category?: string
  /** What fired the card (a message or event id): what the bot says about it is said once. */
  cause: string
  /** The end-user message that fired the card, if one did. */
  startedBy?: string
}

export type HandoffOutcome =
  | { started: true; sessionId: string }
  | { started: false; reason: 'already-active' | 'failed'; sessionId?: string }

/** Claims the conversation's handoff; a stale claim (a card or an ending that never finished) is taken over once. */
const claim = async (props: BotProps, request: HandoffRequest, wanted: HandoffState) => {
  const first = await claimHandoff(props.client, request.conversationId, wanted)
  if (first.won || !isStale(first.current)) return first
  await clearHandoff(props.client, request.conversationId, first.current.claim)
  return claimHandoff(props.client, request.conversationId, wanted)
}

/**
 * The handoff card. The end user hears the handoff text only once the session exists; when it cannot
 * start, they are told so instead and the bot keeps the conversation. A second card while a handoff
 * exists starts nothing.
 */
export const startHandoff = async (
  props: BotProps,
  config: HandoffConfiguration,
  request: HandoffRequest
): Promise<HandoffOutcome> => {
  const { client, ctx, logger } = props
  const conversationId = request.conversationId
  const wanted: HandoffState = {
    phase: 'starting',
    claim: randomUUID(),
    startedAt: Date.now(),
    endUserId: request.endUserId,
    ...(request.startedBy ? { startedBy: request.startedBy } : {}),
  }
  const { won, current } = await claim(props, request, wanted)
  if (!won)
    return { started: false, reason: 'already-active', ...(current.sessionId ? { sessionId: current.sessionId } : {}) }

  let sessionId: string | undefined
  try {
    const copies = new EndUserCopies(props)
    const [endUserCopyId, messageHistory, { user }] = await Promise.all([
      copies.copyOf(request.endUserId),
      readTranscript(client, conversationId, copies),
      client.getUser({ id: request.endUserId }),
    ])
    const { output } = await client.callAction({
      type: installed(props.interfaces.hitl, 'startHitl'),
      input: {
        userId: endUserCopyId,
        title: request.title?.trim() || `Conversation with ${user.name?.trim() || 'an end user'}`,
        ...(request.description ? { description: request.description } : {}),
        hitlSession: {
          priority: request.priority ?? 'normal',
          ...(request.category ? { category: request.category } : {}),
        },
        messageHistory,
      },
    })
    sessionId = output.conversationId

    await Promise.all([
      client.updateConversation({ id: sessionId, tags: { upstream: conversationId } }),
      client.updateConversation({ id: conversationId, tags: { downstream: sessionId } }),
    ])
    await sayText(client, ctx.botId, conversationId, config.handoffText, `reply:${request.cause}`)
    await patchHandoff(client, conversationId, { phase: 'active', sessionId, endUserCopyId })
    if (config.agentAssignedTimeoutSeconds > 0)
      await scheduleAssignmentTimeout(
        client,
        conversationId,
        sessionId,
        wanted.startedAt,
        config.agentAssignedTimeoutSeconds
      )
    return { started: true, sessionId }
  } catch (err) {
    const detail = isApiError(err) ? `${err.type} ${err.code}: ${err.message}` : String(err)
    logger.error(`The handoff of conversation ${conversationId} failed: ${detail}`)
    // No session must stay open with nobody on the end user's side of it.
    if (sessionId)
      await client
        .callAction({ type: installed(props.interfaces.hitl, 'stopHitl'), input: { conversationId: sessionId } })
        .catch(() => {})
    await clearHandoff(client, conversationId, wanted.claim).catch(() => {})
    await sayText(client, ctx.botId, conversationId, config.handoffFailedText, `reply:${request.cause}:failed`)
    return { started: false, reason: 'failed' }
  }
}
