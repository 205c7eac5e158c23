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

/** Per UTF-16 unit: what it folds to when that is one unit (-1 not known yet, -2 not one unit). */
const utf16 = new TextDecoder('utf-16le')
const singleFold = new Int32Array(65536).fill(-1)
let units = new Uint16Array(1024)
let starts = new Int32Array(1024)
let ends = new Int32Array(1024)

/** NFKC may unfold one code point into many (a ligature, a fraction): room for at least `size` units. */
function grow(size: number): void {
  const length = Math.max(size, units.length) * 2
  const u = new Uint16Array(length)
  u.set(units)
  units = u
  const s = new Int32Array(length)
  s.set(starts)
  starts = s
  const e = new Int32Array(length)
  e.set(ends)
  ends = e
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
  // Folded code units and their original spans, written into reused buffers (one pass, no per-character arrays).
  if (units.length < n) grow(n)
  let out = 0
  for (let i = 0; i < n;) {
    const code = original.charCodeAt(i)
    const next = code >= 0xd800 && code <= 0xdbff ? original.charCodeAt(i + 1) : 0
    const width = next >= 0xdc00 && next <= 0xdfff ? 2 : 1
    if (code < 0x7f) {
      units[out] = code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code
      starts[out] = i
      ends[out++] = i + 1
    } else if (width === 1 && singleFold[code]! >= 0) {
      units[out] = singleFold[code]!
      starts[out] = i
      ends[out++] = i + 1
    } else {
      const folded = foldCodePoint(original.slice(i, i + width))
      if (width === 1) singleFold[code] = folded.length === 1 ? folded.charCodeAt(0) : -2
      if (out + folded.length > units.length) grow(out + folded.length)
      for (let k = 0; k < folded.length; k++) {
        units[out] = folded.charCodeAt(k)
        starts[out] = i
        ends[out++] = i + width
      }
    }
    i += width
  }
  const text = utf16.decode(units.subarray(0, out))
  return { original, text, start: starts.slice(0, out), end: ends.slice(0, out) }
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
