// Cross-cutting parts of every /v1 request, as hono middleware: tracking for idle(), counting,
// fault injection, and turning errors into the API's error bodies.
import type { HttpBindings } from '@hono/node-server'
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ApiError, UpstreamError } from './api-errors'
import { jsonNestingDepth } from './json-nesting'
import type { Runtime } from '../runtime'

export type Env = { Bindings: HttpBindings; Variables: { operation: string } }

export const errorResponse = (c: Context<Env>, err: ApiError) =>
  c.json(err.toBody(), err.status as 400, err.type === 'RateLimited' ? { 'retry-after': '0' } : undefined)

export const onApiError: ErrorHandler<Env> = (err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err)
  if (err instanceof UpstreamError) {
    if (isApiErrorBody(err.body)) return c.body(err.body, err.status as 400, { 'content-type': 'application/json' })
    // Not an API error (a crash page, `{ error }`...): the caller still gets a typed Runtime error.
    return errorResponse(
      c,
      new ApiError('Runtime', `The integration failed (HTTP ${err.status}): ${err.body.slice(0, 500)}`)
    )
  }
  console.error('[standin] unexpected error', err)
  return errorResponse(c, new ApiError('Internal', `Stand-in internal error: ${(err as Error).message}`))
}

const isApiErrorBody = (body: string) => {
  try {
    const parsed = JSON.parse(body)
    return typeof parsed?.type === 'string' && typeof parsed?.message === 'string' && 'code' in parsed && 'id' in parsed
  } catch {
    return false
  }
}

/** Keeps idle() waiting while a request is being served. */
export const tracked =
  (rt: Runtime): MiddlewareHandler<Env> =>
  async (_c, next) => {
    const end = rt.tracker.begin()
    try {
      await next()
    } finally {
      end()
    }
  }

/** Counts every request that reaches the API, retries included (benchmarks count what the platform bills). */
export const counted =
  (rt: Runtime, operation: string): MiddlewareHandler<Env> =>
  async (c, next) => {
    c.set('operation', operation)
    rt.stats.record({
      botId: c.req.header('x-bot-id') ?? '',
      by: c.req.header('x-integration-id') ? 'integration' : 'bot',
      operation,
    })
    await next()
  }

/** Holds a request a test paused (see Pauses) before anything of it happens. */
export const pausable =
  (rt: Runtime): MiddlewareHandler<Env> =>
  async (c, next) => {
    const gate = rt.pauses.take(c.get('operation'), c.req.header('x-integration-id') ? 'integration' : 'bot')
    if (gate) await gate
    await next()
  }

const destroyConnection = (c: Context<Env>) => c.env.incoming.socket?.destroy()

/** Latency, injected 429/503s before any side effect, and connections dropped before or after processing. */
export const faulty =
  (rt: Runtime): MiddlewareHandler<Env> =>
  async (c, next) => {
    const f = rt.faults.value
    await rt.faults.delay()
    if (rt.faults.roll(f.dropBeforeRate)) {
      destroyConnection(c)
      return c.body(null, 500)
    }
    const injected = (err: ApiError, retryAfter: boolean) =>
      c.json(err.toBody(), err.status as 429, retryAfter ? { 'retry-after': String(f.retryAfterSeconds) } : undefined)
    if (c.req.header('x-integration-id') && rt.faults.takeIntegrationOutage()) {
      return injected(new ApiError('Internal', 'Service unavailable (injected integration outage)', 503), true)
    }
    if (rt.faults.roll(f.errorRate)) {
      const status = rt.faults.pick(f.errorStatuses) ?? 429
      return status === 429
        ? injected(new ApiError('RateLimited', 'Too many requests (injected fault)'), true)
        : injected(new ApiError('Internal', `Service unavailable (injected fault ${status})`, status), false)
    }
    await next()
    if (rt.faults.roll(f.dropAfterRate)) destroyConnection(c)
  }

/**
 * Botpress does not publish its request limits; these are the stand-in's, chosen well above anything the
 * integration, the bot or the HITL tab sends, and low enough that a hostile body is refused cheaply.
 */
export const MAX_BODY_BYTES = 5 * 1024 * 1024
export const MAX_JSON_DEPTH = 64

/** A body over the size limit is refused with 413 before it is read in full. */
export const limitedBodySize = (): MiddlewareHandler<Env> =>
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      errorResponse(
        c as Context<Env>,
        new ApiError('PayloadTooLarge', `The request body exceeds the limit of ${MAX_BODY_BYTES} bytes`)
      ),
  })

/** A body nested deeper than the limit is refused with 400 before anything parses or walks it. */
export const limitedJsonNesting: MiddlewareHandler<Env> = async (c, next) => {
  if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(c.req.method)) {
    const depth = jsonNestingDepth(await c.req.text())
    if (depth > MAX_JSON_DEPTH)
      return errorResponse(
        c,
        new ApiError('InvalidPayload', `The request body nests ${depth} levels deep; the limit is ${MAX_JSON_DEPTH}`)
      )
  }
  await next()
}
