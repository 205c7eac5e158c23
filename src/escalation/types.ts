/** Shared types of the escalation engine (pure, no I/O). */
import type { LanguageSwitches } from './languages'

export const escalationKinds = [
  'keyword',
  'pattern',
  'human-request',
  'sensitive-data',
  'legal',
  'frustration',
] as const
export type EscalationKind = (typeof escalationKinds)[number]

export type EscalationReason = {
  /** Stable rule id, e.g. `human-request`, `sensitive-data.card`, `keyword:refund`. */
  rule: string
  kind: EscalationKind
  /** Text that triggered the rule, taken from the original input; sensitive data is masked. */
  match: string
}

export type EscalationResult = {
  escalate: boolean
  reasons: EscalationReason[]
}

export type EscalationInput = {
  text: string
  /** Earlier user utterances, oldest first. */
  history?: string[]
}

export type DetectorSwitches = {
  humanRequest: boolean
  sensitiveData: boolean
  legal: boolean
  frustration: boolean
  /** The learned model: phrasings of the three kinds above that no rule lists. */
  model: boolean
}

/** What a bot builder configures (every field optional; defaults apply). */
export type EscalationRulesConfig = {
  keywords?: string[]
  patterns?: string[]
  detectors?: Partial<DetectorSwitches>
  /** Languages the built-in phrase rules run in (all on by default). */
  languages?: Partial<LanguageSwitches>
}

/** A match found by a detector, as a span of the original text. */
export type Finding = {
  rule: string
  kind: EscalationKind
  /** Span in the original text. */
  start: number
  end: number
  /** Already-masked text to report instead of the span (sensitive data). */
  masked?: string
}
