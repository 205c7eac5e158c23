import type { z } from '@botpress/sdk'
import { refuse } from './errors'

type Issue = { path: (string | number)[]; message: string }

const fieldName = (path: Issue['path']): string =>
  path.length === 0 ? 'input' : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')

/**
 * The SDK server does not check action inputs against the definition; every action does it here,
 * before any write, so a refused call leaves nothing behind and names the field that is wrong.
 */
export const parseInput = <S extends z.ZodTypeAny>(action: string, schema: S, input: unknown): z.infer<S> => {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  // A field can fail its own schema and a check over the whole input with the same sentence: say it once.
  const sentences = new Set(
    (result.error.issues as Issue[]).map((issue) => `${fieldName(issue.path)}: ${issue.message}`)
  )
  const details = [...sentences].slice(0, 5).join('; ')
  return refuse(`Invalid input for ${action}: ${details}`)
}
