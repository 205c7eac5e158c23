import { Client, type axiosRetry } from '@botpress/client'

/** Where the desk finds Botpress: the cloud API or any server that speaks it (the offline stand-in). */
export type BotpressTarget = { apiUrl: string; token: string; botId: string }

export const CLOUD_API_URL = 'https://api.botpress.cloud'

const MAX_DELAY_MS = 8_000

type RetryConfig = axiosRetry.IAxiosRetryConfig
type RetryError = Parameters<NonNullable<RetryConfig['retryDelay']>>[1]

/** Botpress's Retry-After (seconds) when it gives one, else exponential backoff with jitter. */
const delayOf = (attempt: number, err: RetryError) => {
  const retryAfter = Number(err.response?.headers['retry-after'])
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(MAX_DELAY_MS, retryAfter * 1000)
  return Math.min(MAX_DELAY_MS, 200 * 2 ** attempt) * (0.5 + Math.random() / 2)
}

/**
 * Every call bounded (15 s) and retried on what a retry can cure: throttling (429), server errors and
 * dropped connections, never on a refusal. A refused connection is not retried for long: Botpress down is
 * something to tell the agent quickly. The desk actions are safe to repeat (idempotency keys, claims).
 */
const retry: RetryConfig = {
  retries: 4,
  retryCondition: (err: RetryError) => {
    const status = err.response?.status
    if (status === undefined) return err.code !== 'ERR_CANCELED' && err.code !== 'ECONNREFUSED'
    return status === 429 || status >= 500
  },
  retryDelay: (attempt: number, err: RetryError) => delayOf(attempt, err),
}

export type CallCounter = (operation: string) => void

/** The desk's client: every method call is counted (`onCall`) so the bench can say what the desk costs. */
export const botpressClient = (target: BotpressTarget, onCall?: CallCounter): Client => {
  const client = new Client({
    apiUrl: target.apiUrl,
    token: target.token,
    botId: target.botId,
    timeout: 15_000,
    retry: { ...retry, onRetry: () => onCall?.('retry') },
  })
  if (!onCall) return client
  return new Proxy(client, {
    get(inner, prop, receiver) {
      const value = Reflect.get(inner, prop, receiver)
      if (typeof value !== 'function' || typeof prop !== 'string') return value
      return (...args: unknown[]) => {
        onCall(prop)
        return value.apply(inner, args)
      }
    },
  })
}
