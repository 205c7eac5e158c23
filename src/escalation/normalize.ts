/**
 * Text normalisation shared by every detector: NFKC (fullwidth digits, ligatures),
 * accent folding, lower case, typographic quotes/dashes to ASCII, invisible characters
 * dropped. Detectors match on the folded text; `start`/`end` map every folded
 * character back to the original so reports quote what the user actually typed.
 */

export type NormalizedText = {
  original: string
  /** Folded text the detectors run on. */
  text: string
  /** For each folded UTF-16 unit, the start of the original code point it came from; null when folding kept every position (ASCII). */
  start: Int32Array | null
  /** For each folded UTF-16 unit, the end of the original code point it came from; null as above. */
  end: Int32Array | null
}

// Characters NFKC leaves alone but users type interchangeably.
const special: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00df': 'ss',
  '\u1e9e': 'ss',
  '\u00e6': 'ae',
  '\u00c6': 'ae',
  '\u0153': 'oe',
  '\u0152': 'oe',
  '\u00f8': 'o',
  '\u00d8': 'o',
  '\u0131': 'i',
  '\u0142': 'l',
  '\u0141': 'l',
  // zero-width and soft hyphen: used to dodge filters, never meaningful here
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\u00ad': '',
}

const marks = /\p{M}/gu
const foldCache = new Map<string, string>()

function foldCodePoint(ch: string): string {
  const hit = foldCache.get(ch)
  if (hit !== undefined) return hit
  let out = special[ch]
  if (out === undefined) {
    out = ch.normalize('NFKC').normalize('NFD').replace(marks, '').toLowerCase()
    // NFKC can itself produce characters from the table (e.g. fullwidth apostrophe)
    out = Array.from(out, (c) => special[c] ?? c).join('')
    if (/\s/.test(out) && out.length > 0) out = ' '
  }
  if (foldCache.size < 10_000) foldCache.set(ch, out)
  return out
}

export function normalizeText(original: string): NormalizedText {
  const n = original.length
  // Most chat text is ASCII: a fast path keeps normalisation cheap.
  let ascii = true
  for (let i = 0; i < n; i++) {
    if (original.charCodeAt(i) > 0x7e) {
      ascii = false
      break
    }
  }
  if (ascii) return { original, text: original.toLowerCase().replace(/`/g, "'"), start: null, end: null }
  const parts: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < n;) {
    const cp = original.codePointAt(i)!
    const width = cp > 0xffff ? 2 : 1
    const code = original.charCodeAt(i)
    const folded =
      code < 0x7f
        ? code >= 65 && code <= 90
          ? String.fromCharCode(code + 32)
          : code === 96
            ? "'"
            : original[i]!
        : foldCodePoint(original.slice(i, i + width))
    for (let k = 0; k < folded.length; k++) {
      starts.push(i)
      ends.push(i + width)
    }
    parts.push(folded)
    i += width
  }
  return { original, text: parts.join(''), start: Int32Array.from(starts), end: Int32Array.from(ends) }
}

/** Original-text span of folded range [from, to). */
export function originalSpan(norm: NormalizedText, from: number, to: number): { start: number; end: number } {
  if (!norm.start || !norm.end) return { start: from, end: Math.max(from, to) }
  if (to <= from) {
    const at = from < norm.start.length ? norm.start[from]! : norm.original.length
    return { start: at, end: at }
  }
  return { start: norm.start[from]!, end: norm.end[to - 1]! }
}

/** Fold a short string (keyword, user pattern literal) the same way as the text. */
export function foldString(s: string): string {
  return normalizeText(s).text
}
