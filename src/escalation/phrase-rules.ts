/** Runs a detector's phrase rules on folded text and turns hits into findings. */
import { isNegated } from './negation'
import { originalSpan, type NormalizedText } from './normalize'
import type { EscalationKind, Finding } from './types'

export type PhraseRule = {
  rule: string
  /** Must carry the `g` flag; runs on folded (lower-case, accent-free) text. */
  re: RegExp
  /** Skip hits preceded by a negation in the same clause. */
  negatable?: boolean
  /** Optional veto on the folded text around the hit (near misses). */
  reject?: (text: string, start: number, end: number) => boolean
}

export function runPhraseRules(norm: NormalizedText, kind: EscalationKind, rules: readonly PhraseRule[], lookback = 40): Finding[] {
  const out: Finding[] = []
  for (const r of rules) {
    r.re.lastIndex = 0
    for (let m = r.re.exec(norm.text); m; m = r.re.exec(norm.text)) {
      if (m[0].length === 0) { r.re.lastIndex++; continue }
      const s = m.index
      const e = s + m[0].length
      if (r.negatable && isNegated(norm.text, s, lookback)) continue
      if (r.reject && r.reject(norm.text, s, e)) continue
      const span = originalSpan(norm, s, e)
      out.push({ rule: r.rule, kind, start: span.start, end: span.end })
      break // one hit per rule is enough to explain the decision
    }
  }
  return out
}
