/**
 * A bot builder's regular expression, compiled for RE2 (re2js): matching time is linear
 * in the text whatever the pattern, so no pattern can hang the integration. RE2 has no
 * backreferences or lookaround; those are refused with a reason the bot builder can act on.
 */
import { RE2JS } from 're2js'

export type UserPattern = { source: string; re: RE2JS }

/** Why RE2 cannot run a JavaScript pattern, or undefined when it can (syntax errors aside). */
export function unsupportedFeature(source: string): string | undefined {
  // Skip escaped characters and character classes, where these sequences mean nothing special.
  const plain = source.replace(/\\./g, (m) => (/^\\[1-9k]$/.test(m) ? m : '__')).replace(/\[(?:\\.|[^\]\\])*\]/g, '[]')
  if (/\\[1-9]/.test(plain) || /\\k</.test(plain))
    return 'backreferences (\\1, \\k<name>) are not supported: the pattern engine matches in linear time and cannot look back at what a group matched'
  if (/\(\?<?[=!]/.test(plain))
    return 'lookahead and lookbehind ((?=…), (?!…), (?<=…), (?<!…)) are not supported: the pattern engine matches in linear time; match the surrounding text instead'
  return undefined
}

/** Compiles case-insensitively; throws the engine's message on a syntax error. */
export function compileUserPattern(source: string): UserPattern {
  return { source, re: RE2JS.compile(RE2JS.translateRegExp(source), RE2JS.CASE_INSENSITIVE) }
}

/**
 * One alternation of every pattern, for a single DFA pass: most messages match none, and
 * RE2's `test` costs about the same for one pattern as for fifty.
 */
export function anyUserPattern(patterns: readonly UserPattern[]): RE2JS | null {
  if (patterns.length === 0) return null
  return RE2JS.compile(patterns.map((p) => `(?:${p.re.pattern()})`).join('|'), RE2JS.CASE_INSENSITIVE)
}

/** First non-empty match as [start, end) in UTF-16 units, or undefined. */
export function findUserPattern(p: UserPattern, text: string): [number, number] | undefined {
  const m = p.re.matcher(text)
  let from = 0
  while (from <= text.length && m.find(from)) {
    const s = m.start()
    const e = m.end()
    if (e > s) return [s, e]
    from = e + 1
  }
  return undefined
}
