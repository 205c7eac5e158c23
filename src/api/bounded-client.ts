import { Client } from '@botpress/client'
import * as sdk from '@botpress/sdk'
import type { Client as IntegrationClient, Context, TIntegration } from '../integration-types'
import { jitteredBackoffMs } from './backoff'

/** Every Botpress call is bounded: a request never hangs past this. */
export const API_TIMEOUT_MS = 10_000
export const MAX_RETRIES = 5
const BASE_DELAY_MS = 100
const MAX_DELAY_MS = 4_000

type RetryableError = {
  response?: { status?: number; headers?: Record<string, unknown> }
  config?: { method?: string; url?: string }
  code?: string
}

/**
 * Creating an event is the one write the API cannot de-duplicate: after a dropped connection we cannot
 * know whether it landed, so it is only retried on answers that prove nothing was written (see emit-once).
 */
const isEventCreation = (err: RetryableError) =>
  err.config?.method?.toLowerCase() === 'post' && /\/v1\/chat\/events\/?$/.test(err.config?.url ?? '')

export const shouldRetry = (err: RetryableError): boolean => {
  const status = err.response?.status
  if (status === undefined) return !isEventCreation(err) && err.code !== 'ERR_CANCELED'
  return status === 429 || status >= 500
}

const retryAfterMs = (headers: Record<string, unknown> | undefined): number | undefined => {
  const value = headers?.['retry-after'] ?? headers?.['x-ratelimit-reset']
  const seconds = Number(value)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined
}

/** The server's hint when it gives one, else jittered exponential backoff. */
export const retryDelayMs = (attempt: number, err?: RetryableError): number => {
  const hinted = retryAfterMs(err?.response?.headers)
  if (hinted !== undefined) return Math.min(hinted, MAX_DELAY_MS)
  return jitteredBackoffMs(attempt, BASE_DELAY_MS, MAX_DELAY_MS)
}

/**
 * The SDK server hands each handler a client without a timeout that retries 429/502 only; ours
 * bounds every call and retries throttling and server errors, with the same identity headers.
 */
export const createBoundedClient = (
  ctx: Pick<Context, 'botId' | 'integrationId' | 'integrationAlias'>
): IntegrationClient => {
  const raw = new Client({
    botId: ctx.botId,
    integrationId: ctx.integrationId,
    integrationAlias: ctx.integrationAlias,
    timeout: API_TIMEOUT_MS,
    retry: {
      retries: MAX_RETRIES,
      // Each attempt gets the whole timeout: the bound is (retries + 1) attempts, never an endless wait.
      shouldResetTimeout: true,
      retryCondition: (err) => shouldRetry(err as RetryableError),
      retryDelay: (attempt, err) => retryDelayMs(attempt, err as RetryableError),
    },
  })
  return new sdk.IntegrationSpecificClient<TIntegration>(raw)
}
