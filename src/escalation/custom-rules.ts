/**
 * The bot builder's own keywords and regular expressions, compiled once and run on
 * the folded text (case, accents and Unicode forms normalised like the built-ins).
 */
import { foldString, originalSpan, type NormalizedText } from './normalize'
import type { Finding } from './types'

export type CompiledKeywords = {
  matcher: RegExp | null
  /** Folded keyword -> keyword as the bot builder wrote it. */
  byFolded: Map<string, string>
}

export type CompiledPattern = {
  source: string
  re: RegExp
  anchoredStart: boolean
  anchoredEnd: boolean
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

/** Longest text a user pattern runs on at once; see regex-guard.ts for why. */
export const PATTERN_CHUNK = 1000
const CHUNK_OVERLAP = 200

/** Chunks of at most PATTERN_CHUNK characters, cut at whitespace, overlapping by ~200. */
function chunks(text: string): { from: number; to: number }[] {
  if (text.length <= PATTERN_CHUNK) return [{ from: 0, to: text.length }]
  const out: { from: number; to: number }[] = []
  let from = 0
  while (from < text.length) {
    let to = Math.min(text.length, from + PATTERN_CHUNK)
    if (to < text.length) {
      const cut = text.lastIndexOf(' ', to)
      if (cut > from + CHUNK_OVERLAP * 2) to = cut
    }
    out.push({ from, to })
    if (to >= text.length) break
    let next = to - CHUNK_OVERLAP
    const space = text.indexOf(' ', next)
    if (space >= 0 && space < to) next = space + 1
    from = Math.max(next, from + 1)
  }
  return out
}

export function matchPatterns(norm: NormalizedText, patterns: readonly CompiledPattern[]): Finding[] {
  const out: Finding[] = []
  if (patterns.length === 0) return out
  const parts = chunks(norm.text)
  for (const p of patterns) {
    // Anchors keep their meaning: "^" only on the first chunk, "$" only on the last.
    const candidates = parts.filter(
      (_, k) => (!p.anchoredStart || k === 0) && (!p.anchoredEnd || k === parts.length - 1)
    )
    for (const c of candidates) {
      const m = p.re.exec(c.from === 0 && c.to === norm.text.length ? norm.text : norm.text.slice(c.from, c.to))
      if (!m || m[0].length === 0) continue
      const span = originalSpan(norm, c.from + m.index, c.from + m.index + m[0].length)
      out.push({ rule: `pattern:${p.source}`, kind: 'pattern', ...span })
      break
    }
  }
  return out
}
