// Records the requests a @botpress/client sends and the responses it gets, and checks both against
// the published schema with an ajv of its own (independent of the stand-in's validation).
import type { Client } from '@botpress/client'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const api = require('@botpress/api')

type Op = { name: string; method: string; path: string; requestBody?: { schema: object }; response: { schema: object } }
export type Exchange = { operation: string; status: number; request: unknown; response: unknown }

const ops: Op[] = Object.values(api.runtime.state.operations)
const matchers = ops.map((op) => ({ op, re: new RegExp(`^${op.path.replace(/\{\w+\}/g, '[^/]+')}$`) }))
// static paths win over templated ones (get-or-create vs {id})
matchers.sort((a, b) => (a.op.path.match(/\{/g)?.length ?? 0) - (b.op.path.match(/\{/g)?.length ?? 0))

export const operationOf = (method: string, url: string) => {
  const path = new URL(url, 'http://x').pathname
  return matchers.find((m) => m.op.method === method.toLowerCase() && m.re.test(path))?.op
}

export const record = (client: Client, into: Exchange[]) => {
  const axios = (client as any).axiosInstance
  const push = (config: any, status: number, data: unknown) => {
    const op = operationOf(config.method, config.url)
    const request = typeof config.data === 'string' ? JSON.parse(config.data) : config.data
    into.push({ operation: op?.name ?? `${config.method} ${config.url}`, status, request, response: data })
  }
  axios.interceptors.response.use(
    (res: any) => (push(res.config, res.status, res.data), res),
    (err: any) => {
      if (err.response) push(err.config, err.response.status, err.response.data)
      return Promise.reject(err)
    }
  )
}

const rewrite = (s: unknown): unknown =>
  Array.isArray(s)
    ? s.map(rewrite)
    : s && typeof s === 'object'
      ? Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === '$ref' ? `bp${v}` : rewrite(v)]))
      : s

export const schemaChecker = () => {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({
    $id: 'bp',
    components: {
      schemas: Object.fromEntries(
        Object.entries(api.runtime.state.schemas).map(([k, v]: [string, any]) => [k, rewrite(v.schema)])
      ),
    },
  })
  const byName = new Map(ops.map((op) => [op.name, op]))
  const errorSchema = ajv.compile({
    type: 'object',
    properties: {
      id: { type: 'string' },
      code: { type: 'integer' },
      type: { type: 'string' },
      message: { type: 'string' },
    },
    required: ['id', 'code', 'type', 'message'],
  })
  return (e: Exchange): string[] => {
    const op = byName.get(e.operation)
    if (!op) return [`unknown operation ${e.operation}`]
    const problems: string[] = []
    if (op.requestBody) {
      const v = ajv.compile(rewrite(op.requestBody.schema) as object)
      if (!v(e.request ?? {})) problems.push(`${op.name} request: ${ajv.errorsText(v.errors)}`)
    }
    const ok = e.status >= 200 && e.status < 300
    const v = ok ? ajv.compile(rewrite(op.response.schema) as object) : errorSchema
    if (!v(e.response)) problems.push(`${op.name} ${e.status} response: ${ajv.errorsText(v.errors)}`)
    return problems
  }
}
