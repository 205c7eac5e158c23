/** Escalation engine: find the messages that need a human. Pure, no I/O. */
export { compileEscalationRules, EscalationConfigError, type CompiledEscalationRules } from './compile'
export { detect } from './detect'
export { normalizeText } from './normalize'
export { escalationKinds } from './types'
export type {
  EscalationKind,
  EscalationReason,
  EscalationResult,
  EscalationInput,
  EscalationRulesConfig,
  DetectorSwitches,
} from './types'
