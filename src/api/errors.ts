import { isApiError, RuntimeError } from '@botpress/sdk'

/**
 * One error policy: what a bot builder or an agent must read is a RuntimeError with a sentence;
 * anything else propagates untouched so the SDK server reports it as an unexpected failure.
 */
export const refuse = (message: string): never => {
  throw new RuntimeError(message)
}

export const isNotFound = (err: unknown): boolean => isApiError(err) && err.type === 'ResourceNotFound'

/** Runs a lookup, turning "not found" into the given sentence. */
export const orRefuseIfMissing = async <T>(lookup: Promise<T>, message: string): Promise<T> => {
  try {
    return await lookup
  } catch (err) {
    if (isNotFound(err)) return refuse(message)
    throw err
  }
}

/** Throttling, server errors and broken connections: worth the same call again later. */
export const isTransient = (err: unknown): boolean =>
  isApiError(err) ? err.code === 429 || err.code >= 500 : err instanceof Error && /ECONNRESET|socket hang up|ETIMEDOUT|ECONNREFUSED/i.test(err.message)

/**
 * The SDK server turns every API error into a 400 RuntimeError, which Botpress and the HITL tab take as a
 * final refusal. A transient failure that outlived our retries is rethrown as a plain error instead, so
 * the caller gets a 5xx and retries (every handler is idempotent).
 */
export const retriableOnTransient = async <T>(run: () => Promise<T>): Promise<T> => {
  try {
    return await run()
  } catch (err) {
    if (!isTransient(err)) throw err
    throw new Error(`Botpress did not answer after retries: ${(err as Error).message}`, { cause: err })
  }
}
