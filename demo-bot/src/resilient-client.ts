import { isRetriable } from '../../src/api/errors'
import type { BotClient } from './bot-types'

/** At one failed call in five (the fault scenario), ten retries leave about one failure in fifty million calls. */
const MAX_RETRIES = 10
const BASE_DELAY_MS = 25
const MAX_DELAY_MS = 1_000

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const retrying = async <T>(call: () => Promise<T>): Promise<T> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call()
    } catch (err) {
      if (attempt >= MAX_RETRIES || !isRetriable(err)) throw err
      const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt)
      await pause(ceiling / 2 + Math.random() * (ceiling / 2))
    }
  }
}

/**
 * One error policy for the whole bot, the integration's: throttling, server errors, dropped connections
 * (the client reports them as Unknown, code 500) and the integration's refusals marked retriable.
 * The SDK's client retries throttling, but not a POST answered 503:
 * the bot would then fail the delivery, and Botpress does not redeliver a bot's failure. Every write of
 * the bot is safe to repeat (get-or-create on a tag, get-or-set, set, patch, idempotent actions; the
 * few events it creates are checked against state when they arrive), so every call is retried here.
 */
export const withRetries = (client: BotClient): BotClient =>
  new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof value !== 'function' || property === 'constructor') return value
      return (...args: unknown[]) =>
        retrying(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args))
    },
  })
