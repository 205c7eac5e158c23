import type { CompiledEscalationRules } from '../escalation/compile'
import { detect } from '../escalation/detect'
import { checkEscalationConfig } from '../escalation/register-check'
import type { Configuration } from '../integration-types'
import { defineAction } from './define-action'

/** Compiling the rules costs more than running them: one entry per configuration an instance serves. */
const CACHE_SIZE = 16
const cache = new Map<string, CompiledEscalationRules>()

const rulesFor = (config: Configuration['escalation'] | undefined): CompiledEscalationRules => {
  const key = JSON.stringify(config ?? {})
  const hit = cache.get(key)
  if (hit) return hit
  const rules = checkEscalationConfig(config)
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!)
  cache.set(key, rules)
  return rules
}

/** Whether a message needs a human, and why (sensitive data masked); runs in Studio before the card. */
export const detectEscalation = defineAction('detectEscalation', async ({ input, ctx }) =>
  detect(rulesFor(ctx.configuration.escalation), input)
)
