/**
 * Features of the learned model: hashed character n-grams (3 to 5 characters, inside
 * space-padded words) and hashed words and word pairs, over the folded text with digits
 * collapsed to 0, plus marker words for what folding hides (capitals) or drops (repeated "!?",
 * a question). Shared by the training script and the detector, so both see the same
 * numbers. Linear in the text: one pass, a few multiplications per character.
 */
import type { NormalizedText } from '../normalize'
import { isShouting } from '../shouting'

/** 2^14 buckets: small enough to ship in the bundle, large enough that collisions stay rare. */
export const FEATURE_BITS = 14
export const FEATURE_COUNT = 1 << FEATURE_BITS
const MASK = FEATURE_COUNT - 1
/** Longest text the model reads: its words beyond this add nothing a rule would miss, only time. */
export const MODEL_MAX_CHARS = 2000

const WORD_SALT = 0x9e3779b1
const PAIR_SALT = 0x85ebca6b

/** Per UTF-16 unit: 0 not yet known, 1 a letter, 2 not (a regex test per accented character was the hot path's cost). */
const letterCache = new Uint8Array(65536)
const letterRe = /\p{L}/u
function isLetter(c: number): boolean {
  let v = letterCache[c]!
  if (v === 0) v = letterCache[c] = letterRe.test(String.fromCharCode(c)) ? 1 : 2
  return v === 1
}

/** Sentences beyond this many are read as part of the last one: memory stays bounded. */
const MAX_SENTENCES = 32
const NGRAM_MAX = 5
/** A message with fewer features (about 20 words) is scored as a whole only: dilution is a long message's problem. */
export const LONG_MESSAGE_FEATURES = 300
/** A sentence with fewer features (a word or two) is scored only as part of the whole message. */
export const MIN_SENTENCE_FEATURES = 20
/** The sentence id of a marker: it counts in every sentence. */
export const EVERY_SENTENCE = 0xffff

/** Reused buffers: the detector is synchronous, so one of each per process is enough. */
let codes = new Uint16Array(512)
let codeSentence = new Uint16Array(512)
let buckets = new Int32Array(4096)
let bucketSentence = new Uint16Array(4096)
/** Per bucket, the call and sentence it was last emitted in (`stamp << 6 | sentence`); cleared when the stamp wraps. */
const lastSeen = new Int32Array(FEATURE_COUNT)
const STAMP_LIMIT = 1 << 24
let stamp = 0
let count = 0

export type ModelFeatures = {
  /** The first `count` entries: every feature of the text (once per sentence), markers included. */
  buckets: Int32Array
  /** The sentence each of them belongs to, or EVERY_SENTENCE for a marker. */
  sentenceOf: Uint16Array
  count: number
  sentences: number
}
/** The one result, reused: no allocation per message. */
const features: ModelFeatures = { buckets, sentenceOf: bucketSentence, count: 0, sentences: 0 }

const wordHash = (word: string) => {
  let h = WORD_SALT
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193)
  return (h >>> 0) & MASK
}
// Marker words for what folding hides (capitals) or drops (repeated "!?", a question): "WHERE IS MY
// PARCEL" and "where is my parcel" fold alike, and the marker lets the model weigh the capitals with the
// words around them, so capitals of joy ("THANK YOU SO MUCH") can stay quiet where anger does not.
const SHOUT = wordHash('qqshout')
const PUNCT = wordHash('qqpunct')
const QUESTION = wordHash('qqquestion')
const isBoundary = (c: number) => c === 46 || c === 33 || c === 63 || c === 59 || c === 10

/**
 * The model's features of a text, each tagged with its sentence, so the model can score a long message
 * sentence by sentence (a request in the last line of a long story is not drowned by the story).
 * One pass over the text without building strings: the detector's hot path. The result and its arrays
 * are reused: valid until the next call.
 */
export function modelFeatures(norm: NormalizedText): ModelFeatures {
  const folded = norm.text
  const len = Math.min(folded.length, MODEL_MAX_CHARS)
  if (codes.length < len + 2) {
    codes = new Uint16Array(len * 2 + 2)
    codeSentence = new Uint16Array(len * 2 + 2)
  }
  let n = 0
  let sentence = 0
  let letters = false
  codes[n++] = 32
  let space = true
  for (let i = 0; i < len; i++) {
    const c = folded.charCodeAt(i)
    if ((c >= 97 && c <= 122) || (c > 127 && isLetter(c)) || (c >= 48 && c <= 57)) {
      const code = c <= 57 ? 48 : c
      // A run of one character reads as two of it ("nooooo", 10 KB of "a"): repeats add no meaning, only weight.
      if (n < 3 || codes[n - 1] !== code || codes[n - 2] !== code) {
        codeSentence[n] = sentence
        codes[n++] = code
      }
      space = false
      if (code !== 48) letters = true
    } else if (c === 39) {
      if (!space) {
        codeSentence[n] = sentence
        codes[n++] = 39
      }
    } else {
      if (letters && isBoundary(c) && sentence < MAX_SENTENCES - 1) {
        sentence++
        letters = false
      }
      if (!space) {
        codeSentence[n] = sentence
        codes[n++] = 32
        space = true
      }
    }
  }
  if (!space) {
    codeSentence[n] = sentence
    codes[n++] = 32
  }
  if (buckets.length < n * 5 + 3) {
    buckets = new Int32Array(n * 6 + 3)
    bucketSentence = new Uint16Array(n * 6 + 3)
  }
  count = 0
  if (++stamp === STAMP_LIMIT) {
    lastSeen.fill(0)
    stamp = 1
  }
  if (isShouting(norm.original)) emit(SHOUT, EVERY_SENTENCE)
  if (/[!?]{2,}/.test(folded)) emit(PUNCT, EVERY_SENTENCE)
  if (folded.includes('?')) emit(QUESTION, EVERY_SENTENCE)
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5
    const at = codeSentence[i]!
    for (let k = 0; k < NGRAM_MAX && i + k < n; k++) {
      const c = codes[i + k]!
      h = Math.imul(h ^ c, 0x01000193)
      if (k >= 2) emit((h >>> 0) & MASK, at)
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
      const at = codeSentence[start]!
      emit((h >>> 0) & MASK, at)
      if (prev !== 0) emit((Math.imul(prev ^ PAIR_SALT, 0x01000193) ^ h) & MASK, at)
      prev = h
    }
    start = i + 1
  }
  features.buckets = buckets
  features.sentenceOf = bucketSentence
  features.count = count
  features.sentences = sentence + 1
  return features
}

/** Each feature counts once per sentence: a word said 400 times ("filler filler …") weighs as once. */
function emit(bucket: number, at: number): void {
  const key = (stamp << 6) | (at === EVERY_SENTENCE ? 63 : at)
  if (lastSeen[bucket] === key) return
  lastSeen[bucket] = key
  buckets[count] = bucket
  bucketSentence[count++] = at
}

/** Longest word weighed by `wordWeight`; a longer "word" is noise, and its first 64 characters say enough. */
const MAX_WORD = 64
const wordCodes = new Uint16Array(MAX_WORD + 2)

/**
 * One kind's weight summed over a single word's features (its n-grams and the word itself), as
 * `modelFeatures` gives them for that word alone but for the rare bucket two of them share. Builds no
 * string and calls no closure: the model's explanation weighs every word of a message.
 */
export function wordWeight(
  folded: string,
  from: number,
  to: number,
  weights: Float32Array,
  kind: number,
  kinds: number
): number {
  let n = 0
  wordCodes[n++] = 32
  for (let i = from; i < to && n <= MAX_WORD; i++) {
    const c = folded.charCodeAt(i)
    if (c === 39) {
      if (n > 1) wordCodes[n++] = 39
      continue
    }
    const code = c >= 48 && c <= 57 ? 48 : (c >= 97 && c <= 122) || (c > 127 && isLetter(c)) ? c : -1
    if (code < 0 || (n >= 3 && wordCodes[n - 1] === code && wordCodes[n - 2] === code)) continue
    wordCodes[n++] = code
  }
  if (n === 1) return 0
  wordCodes[n++] = 32
  let sum = 0
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5
    for (let k = 0; k < NGRAM_MAX && i + k < n; k++) {
      const c = wordCodes[i + k]!
      h = Math.imul(h ^ c, 0x01000193)
      if (k >= 2) sum += weights[((h >>> 0) & MASK) * kinds + kind]!
      if (c === 32 && k > 0) break
    }
  }
  let h = WORD_SALT
  for (let k = 1; k < n - 1; k++) h = Math.imul(h ^ wordCodes[k]!, 0x01000193)
  return sum + weights[((h >>> 0) & MASK) * kinds + kind]!
}
