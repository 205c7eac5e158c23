import { createHash } from 'node:crypto'

import type { WebhookEvent } from '../definitions/webhook-events'
import { deliverWebhook, type DeliveryOptions } from './deliver-webhook'

export type WebhookSettings = { webhookUrl?: string; webhookSecret?: string }
type Logger = { warn: (...args: unknown[]) => void; error: (...args: unknown[]) => void }

/** A change to announce; `key` names it uniquely within the session (a transition's time, a message id, ...). */
export type SessionChange = Omit<WebhookEvent, 'id' | 'occurredAt' | 'botId'> & { key: string; at: number }

const inFlight = new Set<Promise<unknown>>()

/** Resolves once every delivery started so far has ended (tests and the bench wait on it; sessions never do). */
export const webhooksSettled = async (): Promise<void> => {
  while (inFlight.size > 0) await Promise.allSettled(inFlight)
}

/** The same change always gets the same id, so a retried operation or a redelivery is deduped by the receiver. */
export const webhookEventId = (botId: string, change: Pick<SessionChange, 'conversationId' | 'type' | 'key'>) =>
  `whe_${createHash('sha256').update(`${botId}\n${change.conversationId}\n${change.type}\n${change.key}`).digest('hex').slice(0, 32)}`

/**
 * The first attempt is waited for, at most this long: whether Botpress's runtime lets work go on after an
 * integration has answered is not published, so the first try happens while the call is still open.
 */
export const FIRST_ATTEMPT_WAIT_MS = 2_000

/**
 * Sends the change to the configured receiver. The caller waits for the first attempt only (bounded by
 * FIRST_ATTEMPT_WAIT_MS, never failing); retries go on in the background. A receiver that stays down is
 * reported in the bot's logs; the session data is already in Botpress, so nothing of the session is lost.
 */
export const announceChange = (
  botId: string,
  settings: WebhookSettings,
  logger: Logger,
  { key, at, ...change }: SessionChange,
  limits: Pick<DeliveryOptions, 'attempts' | 'timeoutMs'> = {}
): Promise<void> => {
  const { webhookUrl: url, webhookSecret: secret } = settings
  if (!url || !secret) return Promise.resolve()
  const event: WebhookEvent = {
    id: webhookEventId(botId, { ...change, key }),
    occurredAt: new Date(at).toISOString(),
    botId,
    ...change,
  }
  let firstAttemptEnded = () => {}
  const firstAttempt = new Promise<void>((resolve) => (firstAttemptEnded = resolve))
  const delivery = deliverWebhook({ url, secret }, event, { ...limits, onAttempt: () => firstAttemptEnded() })
    .then((outcome) => {
      if (!outcome.delivered) {
        logger.warn(
          `Webhook ${event.type} ${event.id} for session ${event.conversationId} was not delivered after ${outcome.attempts} attempt(s): ${outcome.reason}`
        )
      }
    })
    .catch((err: unknown) => logger.error(`Webhook ${event.id} failed: ${String(err)}`))
    .finally(() => {
      firstAttemptEnded()
      inFlight.delete(delivery)
    })
  inFlight.add(delivery)
  let timer: NodeJS.Timeout | undefined
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_ATTEMPT_WAIT_MS)))
  return Promise.race([firstAttempt, waited]).finally(() => clearTimeout(timer))
}
