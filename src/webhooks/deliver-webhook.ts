import { jitteredBackoffMs } from '../api/backoff'
import type { WebhookEvent } from '../definitions/webhook-events'
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature'

export type WebhookTarget = { url: string; secret: string }
export type WebhookOutcome =
  | { delivered: true; attempts: number }
  | { delivered: false; attempts: number; permanent: boolean; reason: string }

export type DeliveryOptions = {
  fetch?: typeof fetch
  sleep?: (ms: number) => Promise<void>
  /** Attempts in all; with the backoff below, 8 attempts span at least ~18 s, so a receiver down for 10 s loses nothing. */
  attempts?: number
  timeoutMs?: number
  /** Told after each attempt, whatever its answer. */
  onAttempt?: (attempt: number) => void
}

const BASE_DELAY_MS = 500
const MAX_DELAY_MS = 10_000
const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Throttled or failing on its side: the receiver may take the same event later. */
const isRetriableStatus = (status: number) => status === 429 || status === 408 || status >= 500

/**
 * POSTs one event, signed afresh on every attempt (the id stays, so the receiver dedupes), each attempt bounded
 * by a timeout, retried with backoff on network errors, timeouts, 408, 429 and 5xx. Any other answer is final.
 * Never throws: the caller reports the outcome, the session operation never depends on it.
 */
export const deliverWebhook = async (
  target: WebhookTarget,
  event: WebhookEvent,
  { fetch: send = fetch, sleep = sleepMs, attempts = 8, timeoutMs = 5_000, onAttempt }: DeliveryOptions = {}
): Promise<WebhookOutcome> => {
  const body = JSON.stringify(event)
  let reason = 'not attempted'
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await send(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(target.secret, body) },
        body,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      })
      await response.body?.cancel()
      onAttempt?.(attempt)
      if (response.ok) return { delivered: true, attempts: attempt }
      reason = `the receiver answered ${response.status}`
      if (!isRetriableStatus(response.status)) return { delivered: false, attempts: attempt, permanent: true, reason }
    } catch (err) {
      onAttempt?.(attempt)
      reason = `the receiver could not be reached: ${err instanceof Error ? err.message : String(err)}`
    }
    if (attempt < attempts) await sleep(jitteredBackoffMs(attempt, BASE_DELAY_MS, MAX_DELAY_MS))
  }
  return { delivered: false, attempts, permanent: false, reason }
}
