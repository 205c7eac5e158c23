import type { WebhookEvent } from '../definitions/webhook-events'
import type { Configuration } from '../integration-types'
import type { Session } from '../session/session'
import { toSummary } from '../session/summary'
import { announceChange } from './announce-change'

type Logger = { forBot: () => { warn: (...args: unknown[]) => void; error: (...args: unknown[]) => void } }
type Message = NonNullable<WebhookEvent['message']>

/** Announces a session as it is after a change; `key` makes the event id stable for that change. */
export type Announce = (type: WebhookEvent['type'], session: Session, key: string, message?: Message) => Promise<void>

/** The change a caller's call made, as the webhook names it. */
export const assignmentChange = (before: Session): WebhookEvent['type'] =>
  before.status === 'assigned' ? 'session.transferred' : 'session.assigned'

/** One announcer per call, bound to the bot and its configuration; it does nothing when no webhook is set. */
export const sessionAnnouncer =
  (
    ctx: { botId: string; configuration: Pick<Configuration, 'webhookUrl' | 'webhookSecret'> },
    logger: Logger
  ): Announce =>
  (type, session, key, message) => {
    const now = Date.now()
    return announceChange(ctx.botId, ctx.configuration, logger.forBot(), {
      type,
      key,
      at: now,
      conversationId: session.id,
      session: toSummary(session, now),
      ...(message ? { message } : {}),
    })
  }
