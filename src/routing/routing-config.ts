import { RuntimeError } from '@botpress/sdk'
import { routingConfigSchema, type RoutingConfig } from '../definitions/routing'

/** The configuration's `routing`, with its defaults; what does not fit the schema, as one sentence naming the field. */
export const parseRouting = (value: unknown): { config: RoutingConfig } | { problem: string } => {
  const parsed = routingConfigSchema.safeParse(value ?? {})
  if (parsed.success) return { config: parsed.data }
  const issue = parsed.error.issues[0]!
  return { problem: `Invalid configuration: routing.${issue.path.join('.')}: ${issue.message}` }
}

/** Called when the configuration is saved, so a routing table that cannot work is refused then, not at a handoff. */
export const checkRoutingConfig = (value: unknown): void => {
  const parsed = parseRouting(value)
  if ('problem' in parsed) throw new RuntimeError(parsed.problem)
}
