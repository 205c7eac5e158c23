import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

type OpenApi = { components: { schemas: Record<string, object> } }

const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1)

/** Validators for docs/openapi.yaml's schemas, by component name (`AssignAgentCall`, `WebhookEvent`, ...). */
export const loadDeskContract = (file = join(__dirname, '..', '..', 'docs', 'openapi.yaml')) => {
  const doc = parse(readFileSync(file, 'utf8')) as OpenApi
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  ajv.addSchema({ $id: 'openapi', components: doc.components })
  const validator = (schema: string) => ajv.getSchema(`openapi#/components/schemas/${schema}`)

  const problems = (schema: string, value: unknown): string[] => {
    const validate = validator(schema)
    if (!validate) return [`docs/openapi.yaml has no schema ${schema}`]
    if (validate(value)) return []
    return (validate.errors ?? []).map((e) => `${schema}${e.instancePath} ${e.message ?? 'is invalid'}`)
  }

  return {
    schemaNames: Object.keys(doc.components.schemas),
    problems,
    /** What is wrong with one callAction request and its answer (an output or an error body); [] when nothing. */
    callProblems: (type: string, input: unknown, outcome: { ok: boolean; body: unknown }): string[] => {
      const action = pascal(type.slice(type.indexOf(':') + 1))
      return [
        ...problems(`${action}Call`, { type, input }),
        ...(outcome.ok ? problems(`${action}Result`, outcome.body) : problems('Error', outcome.body)),
      ]
    },
  }
}
