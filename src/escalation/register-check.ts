/**
 * Called from the integration's `register` handler: refuses a configuration whose
 * keywords or regular expressions cannot work, so the bot builder sees the error
 * (naming the pattern and the field) when saving, not at the first escalation.
 */
import { RuntimeError } from '@botpress/sdk'
import { compileEscalationRules, EscalationConfigError, type CompiledEscalationRules } from './compile'
import type { EscalationRulesConfig } from './types'

export function checkEscalationConfig(escalation: EscalationRulesConfig | undefined): CompiledEscalationRules {
  try {
    return compileEscalationRules(escalation ?? {})
  } catch (e) {
    if (e instanceof EscalationConfigError) throw new RuntimeError(`Invalid configuration: ${e.message}`)
    throw e
  }
}
