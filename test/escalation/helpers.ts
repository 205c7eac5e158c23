/** Small helpers shared by the escalation tests. */
import { compileEscalationRules } from '../../src/escalation/compile'
import { detect } from '../../src/escalation/detect'
import type { EscalationKind, EscalationResult, EscalationRulesConfig } from '../../src/escalation/types'

export function run(text: string, config: EscalationRulesConfig = {}, history?: string[]): EscalationResult {
  return detect(compileEscalationRules(config), { text, ...(history ? { history } : {}) })
}

export function kinds(text: string, config: EscalationRulesConfig = {}, history?: string[]): EscalationKind[] {
  return [...new Set(run(text, config, history).reasons.map((r) => r.kind))].sort()
}
