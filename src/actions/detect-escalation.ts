/**
 * `detectEscalation` action: validates the input, compiles the configured rules
 * (cached per configuration, so each call only runs the detectors) and returns
 * whether the message needs a human, with masked reasons.
 */
import { RuntimeError } from '@botpress/sdk'
import { detectEscalationInputSchema, type DetectEscalationInput, type DetectEscalationOutput, type EscalationConfig } from '../definitions/escalation'
import { detect } from '../escalation/detect'
import { compileEscalationRules, EscalationConfigError, type CompiledEscalationRules } from '../escalation/compile'
import type { EscalationRulesConfig } from '../escalation/types'

type DetectEscalationProps = {
  input: DetectEscalationInput
  ctx: { configuration: { escalation?: EscalationConfig | EscalationRulesConfig } }
}

// Bounded: one entry per distinct configuration a worker has seen.
const cache = new Map<string, CompiledEscalationRules>()
const CACHE_SIZE = 16

function rulesFor(config: EscalationRulesConfig | undefined): CompiledEscalationRules {
  const key = JSON.stringify(config ?? {})
  const hit = cache.get(key)
  if (hit) return hit
  let rules: CompiledEscalationRules
  try {
    rules = compileEscalationRules(config ?? {})
  } catch (e) {
    if (e instanceof EscalationConfigError) throw new RuntimeError(`Invalid configuration: ${e.message}`)
    throw e
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!)
  cache.set(key, rules)
  return rules
}

function describePath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || 'input'
}

export const detectEscalation = async ({ input, ctx }: DetectEscalationProps): Promise<DetectEscalationOutput> => {
  const parsed = detectEscalationInputSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue ? describePath(issue.path) : 'input'
    throw new RuntimeError(`detectEscalation: invalid "${field}": ${issue?.message ?? 'invalid input'}`)
  }
  const rules = rulesFor(ctx.configuration.escalation)
  return detect(rules, parsed.data)
}
