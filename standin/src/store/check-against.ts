// Validates a value against a zui/zod schema taken from an SDK definition, naming the failing field.
import { invalid } from '../http/api-errors'
import type { ZodLike } from './registry'

export const checkAgainst = (schema: ZodLike | undefined, value: unknown, what: string): void => {
  if (!schema || typeof schema.safeParse !== 'function') return
  const result = schema.safeParse(value)
  if (result.success) return
  const issues = (result.error?.issues ?? []).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
  throw invalid(`${what} is invalid: ${issues.join('; ')}`)
}
