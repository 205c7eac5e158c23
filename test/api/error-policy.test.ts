import { RateLimitedError, ResourceNotFoundError, RuntimeError, UnknownError } from '@botpress/client'
import { describe, expect, it } from 'vitest'
import { retryDelayMs, shouldRetry } from '../../src/api/bounded-client'
import { isRetriable, isTransient, retriableOnTransient } from '../../src/api/errors'

describe('what is retried inside the integration', () => {
  it('throttling, server errors and dropped connections; never a refusal', () => {
    expect(shouldRetry({ response: { status: 429 } })).toBe(true)
    expect(shouldRetry({ response: { status: 503 } })).toBe(true)
    expect(
      shouldRetry({ code: 'ECONNRESET', config: { method: 'post', url: '/v1/chat/messages/get-or-create' } })
    ).toBe(true)
    expect(shouldRetry({ response: { status: 400 } })).toBe(false)
    expect(shouldRetry({ response: { status: 404 } })).toBe(false)
  })

  it('never blindly re-creates an event after a dropped connection (it may have landed)', () => {
    expect(shouldRetry({ code: 'ECONNRESET', config: { method: 'post', url: '/v1/chat/events' } })).toBe(false)
    expect(shouldRetry({ response: { status: 429 }, config: { method: 'post', url: '/v1/chat/events' } })).toBe(true)
  })

  it('backs off exponentially within a ceiling, and follows Retry-After', () => {
    const delays = [1, 2, 3, 4, 10].map((attempt) => retryDelayMs(attempt))
    expect(delays[0]).toBeLessThanOrEqual(100)
    expect(delays[3]).toBeGreaterThanOrEqual(400)
    expect(delays[4]).toBeLessThanOrEqual(4_000)
    expect(retryDelayMs(1, { response: { headers: { 'retry-after': '2' } } })).toBe(2_000)
  })
})

describe('what the caller may retry', () => {
  it('a transient failure that outlived the retries leaves as a 503 marked retriable', async () => {
    expect(isTransient(new RateLimitedError('slow down'))).toBe(true)
    expect(isTransient(new UnknownError('socket hang up'))).toBe(true)
    const err = await retriableOnTransient(() => Promise.reject(new RateLimitedError('slow down'))).catch(
      (e: unknown) => e
    )
    expect(err).toMatchObject({ code: 503, type: 'Runtime', metadata: { retriable: true } })
    expect(isRetriable(err)).toBe(true)
  })

  it('a refusal stays a refusal with its sentence', async () => {
    expect(isTransient(new ResourceNotFoundError('nope'))).toBe(false)
    const refusal = new RuntimeError('Session conv_1 is closed')
    await expect(retriableOnTransient(() => Promise.reject(refusal))).rejects.toBe(refusal)
    expect(isRetriable(refusal)).toBe(false)
  })
})
