/**
 * Features of the learned model: hashed character n-grams (3 to 5 characters, inside
 * space-padded words) and hashed words and word pairs, over the folded text with digits
 * collapsed to 0. Shared by the training script and the detector, so both see the same
 * numbers. Linear in the text: one pass, a few multiplications per character.
 */

/** 2^14 buckets: small enough to ship in the bundle, large enough that collisions stay rare. */
export const FEATURE_BITS = 14
export const FEATURE_COUNT = 1 << FEATURE_BITS
const MASK = FEATURE_COUNT - 1
/** Longest text the model reads: its words beyond this add nothing a rule would miss, only time. */
export const MODEL_MAX_CHARS = 2000

const WORD_SALT = 0x9e3779b1
const PAIR_SALT = 0x85ebca6b

/** Letters and digits kept, digits as 0, everything else one space; padded with spaces. */
export function modelText(folded: string): string {
  let out = ' '
  let space = true
  const n = Math.min(folded.length, MODEL_MAX_CHARS)
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i)
    if (c >= 97 && c <= 122) {
      out += folded[i]
      space = false
    } else if (c >= 48 && c <= 57) {
      out += '0'
      space = false
    } else if (c === 39) {
      // keep apostrophes inside words ("j'en", "don't")
      if (!space) out += "'"
    } else if (c > 127 && /\p{L}/u.test(folded[i]!)) {
      out += folded[i]
      space = false
    } else if (!space) {
      out += ' '
      space = true
    }
  }
  return space ? out : out + ' '
}

/** Calls `emit(bucket)` once per feature occurrence. */
export function forEachFeature(text: string, emit: (bucket: number) => void): void {
  const n = text.length
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5
    for (let k = 0; k < 5 && i + k < n; k++) {
      const c = text.charCodeAt(i + k)
      h = Math.imul(h ^ c, 0x01000193)
      if (k >= 2) emit((h >>> 0) & MASK)
      if (c === 32 && k > 0) break // an n-gram never spans two words
    }
  }
  // Words and word pairs
  let prev = 0
  let start = 1
  for (let i = 1; i < n; i++) {
    if (text.charCodeAt(i) !== 32) continue
    if (i > start) {
      let h = WORD_SALT
      for (let k = start; k < i; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193)
      emit((h >>> 0) & MASK)
      if (prev !== 0) emit((Math.imul(prev ^ PAIR_SALT, 0x01000193) ^ h) & MASK)
      prev = h
    }
    start = i + 1
  }
}

/** Per UTF-16 unit: 0 not yet known, 1 a letter, 2 not (a regex test per accented character was the hot path's cost). */
const letterCache = new Uint8Array(65536)
const letterRe = /\p{L}/u
function isLetter(c: number): boolean {
  let v = letterCache[c]!
  if (v === 0) v = letterCache[c] = letterRe.test(String.fromCharCode(c)) ? 1 : 2
  return v === 1
}

/** Reused buffers: the detector is synchronous, so one of each per process is enough. */
let codes = new Uint16Array(512)
let buckets = new Int32Array(4096)

/**
 * The same features as `forEachFeature(modelText(folded))`, without building strings or calling a
 * closure per feature: the detector's hot path. Returns the buckets in a buffer valid until the next call.
 */
export function featureBuckets(folded: string): Int32Array {
  // modelText, written straight into the code buffer
  const len = Math.min(folded.length, MODEL_MAX_CHARS)
  if (codes.length < len + 2) codes = new Uint16Array(len * 2 + 2)
  let n = 0
  codes[n++] = 32
  let space = true
  for (let i = 0; i < len; i++) {
    const c = folded.charCodeAt(i)
    if (c >= 97 && c <= 122) {
      codes[n++] = c
      space = false
    } else if (c >= 48 && c <= 57) {
      codes[n++] = 48
      space = false
    } else if (c === 39) {
      if (!space) codes[n++] = 39
    } else if (c > 127 && isLetter(c)) {
      codes[n++] = c
      space = false
    } else if (!space) {
      codes[n++] = 32
      space = true
    }
  }
  if (!space) codes[n++] = 32
  if (buckets.length < n * 5) buckets = new Int32Array(n * 6)
  let count = 0
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5
    for (let k = 0; k < 5 && i + k < n; k++) {
      const c = codes[i + k]!
      h = Math.imul(h ^ c, 0x01000193)
      if (k >= 2) buckets[count++] = (h >>> 0) & MASK
      if (c === 32 && k > 0) break
    }
  }
  let prev = 0
  let start = 1
  for (let i = 1; i < n; i++) {
    if (codes[i] !== 32) continue
    if (i > start) {
      let h = WORD_SALT
      for (let k = start; k < i; k++) h = Math.imul(h ^ codes[k]!, 0x01000193)
      buckets[count++] = (h >>> 0) & MASK
      if (prev !== 0) buckets[count++] = (Math.imul(prev ^ PAIR_SALT, 0x01000193) ^ h) & MASK
      prev = h
    }
    start = i + 1
  }
  return buckets.subarray(0, count)
}
