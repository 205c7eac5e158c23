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
