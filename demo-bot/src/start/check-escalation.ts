import type { BotProps } from '../bot-types'
import { installed } from '../state/hitl-interface'
import type { HandoffRequest } from './start-handoff'

type Reason = { rule: string; kind: string; match: string }
export type EscalationVerdict = { escalate: boolean; reasons: Reason[] }

const URGENT_KINDS = new Set(['legal', 'sensitive-data'])

/** The end user's earlier texts in this conversation, oldest first (the newest page is enough to notice a mood). */
const earlierTexts = async (props: BotProps, message: { id: string; conversationId: string; userId: string }) => {
  const { messages } = await props.client.listMessages({ conversationId: message.conversationId })
  return messages
    .filter(
      (m) => m.id !== message.id && m.direction === 'incoming' && m.userId === message.userId && m.type === 'text'
    )
    .map((m) => String((m.payload as { text?: unknown }).text ?? ''))
    .filter((text) => text.length > 0)
    .slice(0, 10)
    .reverse()
}

/**
 * Asks the integration's detector whether a human is needed. When it cannot answer (not installed, an
 * error), the bot falls back to the explicit command only: undefined.
 */
export const checkEscalation = async (
  props: BotProps,
  message: { id: string; conversationId: string; userId: string },
  text: string
): Promise<EscalationVerdict | undefined> => {
  try {
    const history = await earlierTexts(props, message)
    const { output } = await props.client.callAction({
      type: installed(props.interfaces.hitl, 'detectEscalation'),
      input: { text, history },
    })
    return output
  } catch (err) {
    props.logger.warn(
      `Escalation detection is unavailable, only the explicit command hands off: ${(err as Error).message}`
    )
    return undefined
  }
}

/** What the card says about an automatic escalation; the reasons' matches are already masked by the detector. */
export const handoffForVerdict = (
  verdict: EscalationVerdict
): Pick<HandoffRequest, 'title' | 'description' | 'priority' | 'category'> => {
  const first = verdict.reasons[0]
  return {
    title: `Escalation: ${first?.rule ?? 'detected'}`,
    description: verdict.reasons
      .map((r) => `${r.kind}: ${r.match}`)
      .join('; ')
      .slice(0, 1000),
    priority: verdict.reasons.some((r) => URGENT_KINDS.has(r.kind)) ? 'high' : 'normal',
    ...(first ? { category: first.kind } : {}),
  }
}
