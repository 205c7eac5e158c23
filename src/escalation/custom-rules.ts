/**
 * The bot builder's own keywords and regular expressions, compiled once and run on
 * the folded text (case, accents and Unicode forms normalised like the built-ins).
 */
import { foldString, originalSpan, type NormalizedText } from './normalize'
import type { Finding } from './types'
import type { RE2JS } from 're2js'
import { findUserPattern, type UserPattern } from './user-pattern'

export type CompiledKeywords = {
  matcher: RegExp | null
  /** Folded keyword -> keyword as the bot builder wrote it. */
  byFolded: Map<string, string>
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
export const foldKeyword = (k: string) => foldString(k).replace(/\s+/g, ' ').trim()

export function compileKeywords(keywords: readonly string[]): CompiledKeywords {
  const byFolded = new Map<string, string>()
  for (const k of keywords) byFolded.set(foldKeyword(k), k)
  if (byFolded.size === 0) return { matcher: null, byFolded }
  // Longest first so "data breach" wins over "data"; whole words, optional plural;
  // spaces in a keyword also match hyphens ("data-breach").
  const alts = [...byFolded.keys()].sort((a, b) => b.length - a.length).map((k) => escape(k).replace(/ /g, '[\\s_-]+'))
  const matcher = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alts.join('|')})(?:s|es)?(?![\\p{L}\\p{N}_])`, 'gu')
  return { matcher, byFolded }
}

export function matchKeywords(norm: NormalizedText, kw: CompiledKeywords): Finding[] {
  if (!kw.matcher) return []
  const out: Finding[] = []
  const seen = new Set<string>()
  kw.matcher.lastIndex = 0
  for (let m = kw.matcher.exec(norm.text); m; m = kw.matcher.exec(norm.text)) {
    const hit = m[0].replace(/[\s_-]+/g, ' ')
    const keyword =
      kw.byFolded.get(hit) ?? kw.byFolded.get(hit.replace(/e?s$/, '')) ?? kw.byFolded.get(hit.replace(/s$/, '')) ?? hit
    if (seen.has(keyword)) continue
    seen.add(keyword)
    const span = originalSpan(norm, m.index, m.index + m[0].length)
    out.push({ rule: `keyword:${keyword}`, kind: 'keyword', ...span })
  }
  return out
}

export function matchPatterns(norm: NormalizedText, patterns: readonly UserPattern[], any: RE2JS | null): Finding[] {
  const out: Finding[] = []
  if (!any || !any.test(norm.text)) return out
  for (const p of patterns) {
    const hit = findUserPattern(p, norm.text)
    if (!hit) continue
    const span = originalSpan(norm, hit[0], hit[1])
    out.push({ rule: `pattern:${p.source}`, kind: 'pattern', ...span })
  }
  return out
}
