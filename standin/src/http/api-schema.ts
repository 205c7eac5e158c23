// The published runtime API (`@botpress/api`): routes, request and response schemas, compiled with
// ajv. Routes and validation are derived from it so the stand-in cannot drift from the real contract.
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const api = require('@botpress/api')

type Parameter = { in: 'path' | 'query' | 'header'; type: string; required?: boolean; enum?: string[]; schema?: object }

export type ApiOperation = {
  name: string
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  path: string
  parameters: Record<string, Parameter>
  requestBody?: { schema: object }
  response: { status?: number; schema: object }
}

const state = api.runtime.state as {
  operations: Record<string, ApiOperation>
  schemas: Record<string, { schema: object }>
}

export const apiOperations: ApiOperation[] = Object.values(state.operations)

const SCHEMAS_ID = 'botpress-runtime'

/** `#/components/schemas/X` points into the shared document registered under SCHEMAS_ID. */
const rewriteRefs = (schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map(rewriteRefs)
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(
      Object.entries(schema).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string' ? `${SCHEMAS_ID}${v}` : rewriteRefs(v),
      ])
    )
  }
  return schema
}

export type Validators = { request?: ValidateFunction; response: ValidateFunction }

const build = () => {
  // strict: false tolerates the OpenAPI extensions (x-zui, deprecated...); ajv handles `nullable` itself.
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  const components = Object.fromEntries(Object.entries(state.schemas).map(([name, s]) => [name, rewriteRefs(s.schema)]))
  ajv.addSchema({ $id: SCHEMAS_ID, components: { schemas: components } })
  const validators = new Map<string, Validators>()
  for (const op of apiOperations) {
    validators.set(op.name, {
      request: op.requestBody ? ajv.compile(rewriteRefs(op.requestBody.schema) as object) : undefined,
      response: ajv.compile(rewriteRefs(op.response.schema) as object),
    })
  }
  return validators
}

let cached: Map<string, Validators> | undefined
export const validatorsFor = (operation: string): Validators | undefined => (cached ??= build()).get(operation)

export const describeErrors = (v: ValidateFunction): string =>
  (v.errors ?? [])
    .map(
      (e) =>
        `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` "${e.params.additionalProperty}"` : ''}`
    )
    .join('; ')
