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

/** Merged rules, and when they are few enough, one alternation of them all to read the text once. */
export type PhraseSet = {
  groups: PhraseRule[]
  /** Each group anchored (sticky), to test it at a given position without scanning. */
  sticky: RegExp[]
  /** Every group in one alternation: its matches are the only positions where some group can match. */
  any: RegExp | null
}

/** Above this many characters V8 stops optimising a regex: one scan per group is then faster. */
const MAX_COMBINED_SOURCE = 16_000

export function compilePhraseSet(rules: readonly PhraseRule[]): PhraseSet {
  const groups = compilePhraseRules(rules)
  const flags = groups[0]?.re.flags ?? 'g'
  const source = groups.map((g) => `(?:${g.re.source})`).join('|')
  const combine = groups.length > 1 && groups.every((g) => g.re.flags === flags) && source.length <= MAX_COMBINED_SOURCE
  return {
    groups,
    sticky: groups.map((g) => new RegExp(g.re.source, g.re.flags.replace('g', '') + 'y')),
    any: combine ? new RegExp(source, flags) : null,
  }
}

/**
 * `limit`: at most that many findings (callers that only need one reason). One finding per group, in
 * group order: each group's first match that is neither negated nor vetoed. With a combined
 * alternation, one scan finds the positions where some group matches, and each group is only tested
 * there (anchored): a message that matches nothing costs one pass instead of one per group.
 */
export function runPhraseRules(
  norm: NormalizedText,
  kind: EscalationKind,
  set: PhraseSet,
  lookback = 40,
  limit = Infinity
): Finding[] {
  const { groups, sticky, any } = set
  if (!any) return runEachGroup(norm, kind, groups, lookback, limit)
  const text = norm.text
  const found: (Finding | undefined)[] = Array.from({ length: groups.length }, () => undefined)
  let open = groups.length
  // The answer is settled once every group is found, or the first `limit` groups are.
  const settled = () => {
    if (open === 0) return true
    for (let g = 0; g < Math.min(limit, groups.length); g++) if (found[g] === undefined) return false
    return true
  }
  any.lastIndex = 0
  for (let m = any.exec(text); m && !settled(); m = any.exec(text)) {
    const p = m.index
    for (let g = 0; g < groups.length; g++) {
      if (found[g] !== undefined) continue
      const re = sticky[g]!
      re.lastIndex = p
      const hit = re.exec(text)
      if (!hit || hit[0].length === 0) continue
      const r = groups[g]!
      const e = p + hit[0].length
      if ((r.negatable && isNegated(text, p, lookback)) || (r.reject && r.reject(text, p, e))) continue
      found[g] = { rule: r.rule, kind, ...originalSpan(norm, p, e) }
      open--
    }
    any.lastIndex = p + 1
  }
  const out = found.filter((f): f is Finding => f !== undefined)
  return out.length > limit ? out.slice(0, limit) : out
}

/** The same, one scan per group: for sets too large to combine. */
function runEachGroup(
  norm: NormalizedText,
  kind: EscalationKind,
  rules: readonly PhraseRule[],
  lookback: number,
  limit: number
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
