/**
 * Runs a detector's phrase rules on folded text and turns hits into findings.
 *
 * Detectors declare many small rules (one per phrasing family, easy to read and to
 * test); `compilePhraseRules` merges the rules that behave alike (same id, same
 * negation handling, same veto) into small alternations, and a literal gate
 * (literal-gate.ts) lets a group skip the messages that hold none of its words.
 */
import { candidateGroups, gateIndex, literalGate, type GateIndex, type LiteralGate } from './literal-gate'
import { isNegated, isWithdrawn } from './negation'
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

/** A rule maker for one id whose hits a negation silences: `request('\\bcall me back\\b')`. */
export const negatableRule =
  (rule: string) =>
  (source: string): PhraseRule => ({ rule, negatable: true, re: new RegExp(source, 'g') })

/**
 * Merge rules with the same id, negation flag and veto into one regex each, keeping
 * the order in which groups first appear. The sources must not use backreferences.
 */
export function compilePhraseRules(rules: readonly PhraseRule[]): PhraseRule[] {
  const groups: { head: PhraseRule; sources: string[]; length: number }[] = []
  for (const r of rules) {
    if (!r.re.global) throw new Error(`phrase rule ${r.rule} needs the g flag: /${r.re.source}/`)
    const g = groups.find(
      (x) =>
        x.head.rule === r.rule &&
        !!x.head.negatable === !!r.negatable &&
        x.head.reject === r.reject &&
        x.head.re.flags === r.re.flags &&
        x.length + r.re.source.length <= MAX_GROUP_SOURCE
    )
    if (g) {
      g.sources.push(r.re.source)
      g.length += r.re.source.length
    } else groups.push({ head: r, sources: [r.re.source], length: r.re.source.length })
  }
  return groups.map(({ head, sources }) => ({
    ...head,
    re: sources.length === 1 ? head.re : new RegExp(sources.map((s) => `(?:${s})`).join('|'), head.re.flags),
  }))
}

/** Merged rules, each with the literals one of which its matches contain. */
export type PhraseSet = {
  groups: PhraseRule[]
  /** Per group: a message in which none of its literals may occur skips the group's scan. */
  gates: (LiteralGate | null)[]
  /** The gates indexed by the first trigram of each literal. */
  index: GateIndex
}

/**
 * Merged groups stay small. A regex scan costs time in proportion to its alternatives at every
 * position, so a small group that the literal gate skips saves its whole scan; and V8 runs a regex
 * that compiles too large in its bytecode interpreter, some 50 times slower (a 25 KB alternation
 * took 58 µs on a short message).
 */
const MAX_GROUP_SOURCE = 500

export function compilePhraseSet(rules: readonly PhraseRule[]): PhraseSet {
  const groups = compilePhraseRules(rules)
  const gates = groups.map((g) => (g.re.flags.includes('i') ? null : literalGate(g.re.source)))
  return { groups, gates, index: gateIndex(gates) }
}

/**
 * `limit`: at most that many findings (callers that only need one reason). One finding per group, in
 * group order: each group's first match that is neither negated nor vetoed. A group none of whose
 * literals can occur in the message is not scanned at all. A negated or vetoed match adds the kind to
 * `declined`: the rules saw that phrasing and judged it a near miss, so the model is not asked to overrule them.
 */
export function runPhraseRules(
  norm: NormalizedText,
  kind: EscalationKind,
  set: PhraseSet,
  lookback = 40,
  limit = Infinity,
  declined?: Set<EscalationKind>
): Finding[] {
  const out: Finding[] = []
  const text = norm.text
  const { groups, gates } = set
  const candidate = candidateGroups(set.index, text)
  for (let g = 0; g < groups.length; g++) {
    if (gates[g] && candidate[g] === 0) continue
    const r = groups[g]!
    r.re.lastIndex = 0
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      const s = m.index
      const e = s + m[0].length
      // A vetoed hit may hide another phrasing starting inside it: resume one character on.
      if (
        m[0].length === 0 ||
        (r.negatable && (isNegated(text, s, lookback) || isWithdrawn(text, e))) ||
        (r.reject && r.reject(text, s, e))
      ) {
        if (m[0].length > 0) declined?.add(kind)
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
