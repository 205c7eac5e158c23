// The /v1/chat routes, generated from the published operation table: every operation of
// `@botpress/api` gets its method and path; requests are validated against its request schema,
// and (in validate mode) each response against its response schema.
import { Hono, type MiddlewareHandler } from 'hono'
import { apiOperations, type ApiOperation, describeErrors, validatorsFor } from './api-schema'
import { type Env, counted, faulty, pausable, tracked } from './api-edge'
import { resolveCaller } from './resolve-caller'
import { ApiError } from './api-errors'
import { implemented } from '../operations'
import { parseQuery } from './parse-query'
import type { Runtime } from '../runtime'

export type SchemaViolation = { operation: string; status: number; message: string; body: unknown }

export type ApiRouteOptions = { validateResponses: boolean; violations: SchemaViolation[] }

const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1')

const readBody = async (c: Parameters<MiddlewareHandler<Env>>[0], op: ApiOperation) => {
  if (!op.requestBody) return undefined
  const text = await c.req.text()
  if (!text) return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiError('InvalidPayload', 'The request body is not valid JSON')
  }
}

const checkQuery = (op: ApiOperation, url: string) => {
  const query = parseQuery(url)
  for (const [name, p] of Object.entries(op.parameters ?? {})) {
    if (p.in !== 'query') continue
    const value = query.get(name)
    if (p.required && value === undefined)
      throw new ApiError('InvalidQuery', `Missing required query parameter "${name}"`)
    if (value !== undefined && p.enum && !p.enum.includes(value))
      throw new ApiError(
        'InvalidQuery',
        `Query parameter "${name}" must be one of ${p.enum.join(', ')} (got "${value}")`
      )
  }
  return query
}

const handler = (rt: Runtime, op: ApiOperation, opts: ApiRouteOptions): MiddlewareHandler<Env> => {
  const impl = implemented[op.name]
  const validators = validatorsFor(op.name)
  return async (c) => {
    if (!impl) throw new ApiError('MethodNotFound', `Operation "${op.name}" is not supported by the stand-in`)
    const caller = resolveCaller(rt.registry, (name) => c.req.header(name))
    const params = c.req.param() as Record<string, string>
    for (const [name, p] of Object.entries(op.parameters ?? {}))
      if (p.in === 'path' && p.enum && !p.enum.includes(params[name]!))
        throw new ApiError(
          'InvalidPayload',
          `Path parameter "${name}" must be one of ${p.enum.join(', ')} (got "${params[name]}")`
        )
    const query = checkQuery(op, c.req.url)
    const body = await readBody(c, op)
    if (validators?.request && !validators.request(body))
      throw new ApiError('InvalidPayload', `Invalid ${op.name} request: ${describeErrors(validators.request)}`)
    const result = await impl({ rt, caller, store: rt.store(caller.bot.id) }, { params, query, body })
    const status = result.status ?? op.response.status ?? 200
    if (validators && !validators.response(result.body)) {
      const violation = { operation: op.name, status, message: describeErrors(validators.response), body: result.body }
      opts.violations.push(violation)
      if (opts.validateResponses)
        throw new ApiError(
          'Internal',
          `Stand-in response to ${op.name} violates the published schema: ${violation.message}`
        )
    }
    return c.json(result.body as object, status as 200)
  }
}

export const apiRoutes = (rt: Runtime, opts: ApiRouteOptions) => {
  const app = new Hono<Env>()
  // Static paths first so `/conversations/get-or-create` is never read as `/conversations/:id`.
  const ordered = [...apiOperations].sort(
    (a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0)
  )
  for (const op of ordered)
    app.on(
      op.method.toUpperCase(),
      honoPath(op.path),
      tracked(rt),
      counted(rt, op.name),
      pausable(rt),
      faulty(rt),
      handler(rt, op, opts)
    )
  return app
}
