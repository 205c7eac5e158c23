/**
 * `detect(rules, input)`: runs the enabled detectors and the bot builder's rules on a
 * message and explains the decision. Pure and synchronous; every reported match is
 * quoted from the original text with any sensitive data in it masked.
 */
import type { CompiledEscalationRules } from './compile'
import { matchKeywords, matchPatterns } from './custom-rules'
import { detectFrustration } from './detectors/frustration'
import { detectHumanRequest } from './detectors/human-request'
import { detectLegal } from './detectors/legal'
import { findSensitiveData } from './detectors/sensitive-data'
import { normalizeText } from './normalize'
import { detectByModel } from './model/model'
import type { EscalationInput, EscalationKind, EscalationReason, EscalationResult, Finding } from './types'

/** Longest quote kept in a reason (a user pattern like `.+` could match 10 KB). */
export const MAX_MATCH_LENGTH = 120
/** At most this many reasons are returned; the decision does not depend on it. */
export const MAX_REASONS = 20

function quote(original: string, f: Finding, sensitive: readonly Finding[]): string {
  if (f.masked !== undefined) return f.masked
  // Mask any sensitive span inside the quote, whichever rule quoted it.
  let out = ''
  let at = f.start
  for (const s of sensitive) {
    if (s.end <= f.start || s.start >= f.end) continue
    const from = Math.max(s.start, f.start)
    out += original.slice(at, from)
    out += s.start >= f.start && s.end <= f.end ? s.masked : '***'
    at = Math.min(s.end, f.end)
  }
  out += original.slice(at, f.end)
  const chars = Array.from(out)
  return chars.length > MAX_MATCH_LENGTH ? chars.slice(0, MAX_MATCH_LENGTH - 1).join('') + '…' : out
}

/** `model`: the learned model consulted; the training script passes each fold's own to score it. */
export function detect(
  rules: CompiledEscalationRules,
  input: EscalationInput,
  model: typeof detectByModel = detectByModel
): EscalationResult {
  const norm = normalizeText(input.text)
  const on = rules.detectors
  const findings: Finding[] = []
  // Kinds whose rules matched a phrasing and judged it negated or a near miss ("human resources").
  const declined = new Set<EscalationKind>()

  if (on.humanRequest) findings.push(...detectHumanRequest(norm, rules.languages, declined))
  let sensitive: Finding[] | undefined
  if (on.sensitiveData) {
    sensitive = findSensitiveData(norm)
    findings.push(...sensitive)
  }
  if (on.legal) findings.push(...detectLegal(norm, rules.languages, declined))
  if (on.frustration) findings.push(...detectFrustration(norm, rules.languages, input.history ?? []))
  if (on.model) {
    // The model only speaks for the kinds whose rules are on and stayed silent (a rule's reason is clearer),
    // and not where a rule judged the phrasing a near miss ("my friend is a lawyer").
    const open = new Set<EscalationKind>()
    if (on.humanRequest) open.add('human-request')
    if (on.legal) open.add('legal')
    if (on.frustration) open.add('frustration')
    for (const f of findings) open.delete(f.kind)
    for (const k of declined) open.delete(k)
    if (open.size > 0) findings.push(...model(norm, open))
  }
  findings.push(...matchKeywords(norm, rules.keywords))
  findings.push(...matchPatterns(norm, rules.patterns, rules.anyPattern))

  // Even with the sensitive-data detector off, quotes must not leak card numbers.
  if (!sensitive && findings.length > 0) sensitive = findSensitiveData(norm)

  const reasons: EscalationReason[] = []
  const seen = new Set<string>()
  for (const f of findings) {
    const match = quote(input.text, f, sensitive ?? [])
    const key = `${f.rule}\u0000${match}`
    if (seen.has(key)) continue
    seen.add(key)
    reasons.push({ rule: f.rule, kind: f.kind, match })
    if (reasons.length >= MAX_REASONS) break
  }
  return { escalate: reasons.length > 0, reasons }
}
