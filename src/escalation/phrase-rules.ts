/**
 * Runs a detector's phrase rules on folded text and turns hits into findings.
 *
 * Detectors declare many small rules (one per phrasing family, easy to read and to
 * test); `compilePhraseRules` merges the rules that behave alike (same id, same
 * negation handling, same veto) into one alternation, so a message is scanned once
 * per group instead of once per rule: many times faster on ordinary chat text.
 */
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

/**
 * Merge rules with the same id, negation flag and veto into one regex each, keeping
 * the order in which groups first appear. The sources must not use backreferences.
 */
export function compilePhraseRules(rules: readonly PhraseRule[]): PhraseRule[] {
  const groups: { head: PhraseRule; sources: string[] }[] = []
  for (const r of rules) {
    if (!r.re.global) throw new Error(`phrase rule ${r.rule} needs the g flag: /${r.re.source}/`)
    const g = groups.find(
      (x) =>
        x.head.rule === r.rule &&
        !!x.head.negatable === !!r.negatable &&
        x.head.reject === r.reject &&
        x.head.re.flags === r.re.flags
    )
    if (g) g.sources.push(r.re.source)
    else groups.push({ head: r, sources: [r.re.source] })
  }
  return groups.map(({ head, sources }) => ({
    ...head,
    re: sources.length === 1 ? head.re : new RegExp(sources.map((s) => `(?:${s})`).join('|'), head.re.flags),
  }))
}

/** `limit`: stop after that many findings (callers that only need one reason). */
export function runPhraseRules(
  norm: NormalizedText,
  kind: EscalationKind,
  rules: readonly PhraseRule[],
  lookback = 40,
  limit = Infinity
): Finding[] {
  const out: Finding[] = []
  const text = norm.text
  for (const r of rules) {
    r.re.lastIndex = 0
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      const s = m.index
      const e = s + m[0].length
      // A vetoed hit may hide another phrasing starting inside it: resume one character on.
      if (m[0].length === 0 || (r.negatable && isNegated(text, s, lookback)) || (r.reject && r.reject(text, s, e))) {
        r.re.lastIndex = s + 1
        continue
      }
      const span = originalSpan(norm, s, e)
      out.push({ rule: r.rule, kind, start: span.start, end: span.end })
      break // one hit per rule is enough to explain the decision
    }
    if (out.length >= limit) break
  }
  return out
}
