import type { ApiError } from '@botpress/client'
import { isApiError, RuntimeError } from '@botpress/sdk'

/**
 * One error policy: what a bot builder or an agent must read is a RuntimeError with a sentence;
 * anything else propagates untouched so the SDK server reports it as an unexpected failure.
 */
export const refuse = (message: string): never => {
  throw new RuntimeError(message)
}

export const isNotFound = (err: unknown): boolean => isApiError(err) && err.type === 'ResourceNotFound'

/** Runs a lookup (or a write), answering `fallback` when Botpress says what it reads or changes is not there. */
export const orIfMissing = async <T, F>(lookup: Promise<T>, fallback: F): Promise<T | F> => {
  try {
    return await lookup
  } catch (err) {
    if (isNotFound(err)) return fallback
    throw err
  }
}

const MISSING = Symbol('missing')

/** Runs a lookup, turning "not found" into the given sentence. */
export const orRefuseIfMissing = async <T>(lookup: Promise<T>, message: string): Promise<T> => {
  const found = await orIfMissing(lookup, MISSING)
  return found === MISSING ? refuse(message) : found
}

type WrappedHttpError = { response?: { status?: unknown } }

/**
 * The status Botpress (or a proxy before it) answered. `@botpress/client` reports an answer without an API
 * error body as an `Unknown` error with code 500 and keeps the real status only on the wrapped response:
 * a 431 (an id too long for a URL) must not read as a server error.
 */
export const answeredStatus = (err: ApiError): number => {
  const status = (err.error as WrappedHttpError | undefined)?.response?.status
  return typeof status === 'number' ? status : err.code
}

/** Throttling, server errors and broken connections: worth the same call again later. Any other 4xx is final. */
export const isTransient = (err: unknown): boolean => {
  if (!isApiError(err))
    return err instanceof Error && /ECONNRESET|socket hang up|ETIMEDOUT|ECONNREFUSED/i.test(err.message)
  const status = answeredStatus(err)
  return status === 429 || status >= 500
}

/** What a failure that is worth retrying carries, for callers that read errors through an SDK client. */
export const RETRIABLE = { retriable: true } as const

/** A failure the caller should repeat later: throttling, a server error, or a refusal marked retriable. */
export const isRetriable = (err: unknown): boolean =>
  isTransient(err) || (isApiError(err) && err.metadata?.retriable === true)

/**
 * The SDK server answers a RuntimeError with the status in its `code` and any other error with a 400,
 * which Botpress and the HITL tab take as final. A transient failure that outlived our retries therefore
 * leaves as a RuntimeError with status 503 (and `metadata.retriable`, which survives SDK clients that
 * re-type errors by name), so the caller or the delivery retries; every handler is idempotent.
 */
export const unavailable = (cause: Error): RuntimeError => {
  const err = new RuntimeError(
    `Botpress did not answer after retries; nothing was lost, try again: ${cause.message}`,
    cause,
    undefined,
    RETRIABLE
  )
  return Object.assign(err, { code: 503 as const }) as unknown as RuntimeError
}

export const retriableOnTransient = async <T>(run: () => Promise<T>): Promise<T> => {
  try {
    return await run()
  } catch (err) {
    if (!isTransient(err)) throw err
    throw unavailable(err as Error)
  }
}
