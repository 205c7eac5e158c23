/**
 * The learned second signal: a logistic-regression model per kind (human request, legal,
 * frustration) over hashed n-grams, trained at build time on the project's labelled sets by
 * scripts/train-escalation-model.ts. It catches phrasings no rule lists; a rule that fires
 * keeps its own explanation. It never decides sensitive data: checksums do.
 */
import { inflateRawSync } from 'node:zlib'
import { isNegated } from '../negation'
import { originalSpan, type NormalizedText } from '../normalize'
import type { EscalationKind, Finding } from '../types'
import {
  EVERY_SENTENCE,
  FEATURE_COUNT,
  LONG_MESSAGE_FEATURES,
  MIN_SENTENCE_FEATURES,
  modelFeatures,
  wordWeight,
} from './features'
import { modelWeights } from './weights.generated'

/** Fewer words than this and the model leaves frustration to the rules. */
const MIN_FRUSTRATION_WORDS = 3

export type ModelKind = 'human-request' | 'legal' | 'frustration'
export const modelKinds: readonly ModelKind[] = ['human-request', 'legal', 'frustration']

/** Weights as the training script packs them: 4 bits per bucket and kind (two buckets a byte), a scale per kind, deflated and in base64. */
export type PackedWeights = {
  kinds: readonly string[]
  bias: readonly number[]
  scales: readonly number[]
  thresholds: readonly number[]
  weights: string
}

/** `weights[bucket * 3 + kind]`: the three kinds of a bucket side by side, one cache line per feature. */
type Loaded = { weights: Float32Array; bias: readonly number[]; threshold: readonly number[] }

function unpack(packed: PackedWeights): Loaded {
  const bytes = inflateRawSync(Buffer.from(packed.weights, 'base64'))
  const kinds = packed.kinds.length
  const half = FEATURE_COUNT / 2
  const weights = new Float32Array(FEATURE_COUNT * kinds)
  const nibble = (n: number) => (n << 28) >> 28 // signed 4-bit
  for (let k = 0; k < kinds; k++) {
    const scale = packed.scales[k]!
    for (let i = 0; i < half; i++) {
      const b = bytes[k * half + i]!
      weights[2 * i * kinds + k] = nibble(b & 0xf) * scale
      weights[(2 * i + 1) * kinds + k] = nibble(b >> 4) * scale
    }
  }
  return { weights, bias: packed.bias, threshold: packed.thresholds }
}

let loaded: Loaded | undefined
const load = (): Loaded => (loaded ??= unpack(modelWeights))

/** Per-sentence sums, reused: at most 32 sentences of 3 kinds. */
const sentenceSums = new Float64Array(32 * 3)
const sentenceCounts = new Int32Array(32)

/**
 * Each kind's probability: the higher of the whole message's and, in a long message, of its best
 * sentence's (of MIN_SENTENCE_FEATURES features or more), so a request after a long story still counts.
 * Plain locals and typed arrays: this loop is the detector's hot path.
 */
function scoresOf(m: Loaded, norm: NormalizedText): Record<ModelKind, number> {
  const { weights: w, bias } = m
  const { buckets, sentenceOf, sentences, count: n } = modelFeatures(norm)
  const perSentence = sentences > 1 && n >= LONG_MESSAGE_FEATURES
  let z0 = 0
  let z1 = 0
  let z2 = 0
  if (!perSentence) {
    for (let i = 0; i < n; i++) {
      const at = buckets[i]! * 3
      z0 += w[at]!
      z1 += w[at + 1]!
      z2 += w[at + 2]!
    }
  } else {
    sentenceSums.fill(0, 0, sentences * 3)
    sentenceCounts.fill(0, 0, sentences)
    // Markers come first and count in every sentence; then each feature adds to its own sentence.
    let m0 = 0
    let m1 = 0
    let m2 = 0
    let i = 0
    for (; i < n && sentenceOf[i] === EVERY_SENTENCE; i++) {
      const at = buckets[i]! * 3
      m0 += w[at]!
      m1 += w[at + 1]!
      m2 += w[at + 2]!
    }
    const marks = i
    for (; i < n; i++) {
      const at = buckets[i]! * 3
      const s = sentenceOf[i]!
      const o = s * 3
      sentenceSums[o]! += w[at]!
      sentenceSums[o + 1]! += w[at + 1]!
      sentenceSums[o + 2]! += w[at + 2]!
      sentenceCounts[s]!++
    }
    z0 = m0
    z1 = m1
    z2 = m2
    for (let s = 0; s < sentences; s++) {
      z0 += sentenceSums[s * 3]!
      z1 += sentenceSums[s * 3 + 1]!
      z2 += sentenceSums[s * 3 + 2]!
    }
    const whole = 1 / Math.sqrt(n)
    let b0 = z0 * whole
    let b1 = z1 * whole
    let b2 = z2 * whole
    for (let s = 0; s < sentences; s++) {
      const count = sentenceCounts[s]!
      if (count < MIN_SENTENCE_FEATURES) continue
      const scale = 1 / Math.sqrt(count + marks)
      b0 = Math.max(b0, (sentenceSums[s * 3]! + m0) * scale)
      b1 = Math.max(b1, (sentenceSums[s * 3 + 1]! + m1) * scale)
      b2 = Math.max(b2, (sentenceSums[s * 3 + 2]! + m2) * scale)
    }
    return probabilities(bias, b0, b1, b2)
  }
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0
  return probabilities(bias, z0 * scale, z1 * scale, z2 * scale)
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))
const probabilities = (bias: readonly number[], z0: number, z1: number, z2: number): Record<ModelKind, number> => ({
  'human-request': sigmoid(bias[0]! + z0),
  legal: sigmoid(bias[1]! + z1),
  frustration: sigmoid(bias[2]! + z2),
})

/** Probability per model kind for a normalised text (used by the bench and the training checks). */
export const modelScores = (norm: NormalizedText): Record<ModelKind, number> => scoresOf(load(), norm)

/** The word (with its neighbours) that pushed a kind's score the most: the model's explanation. */
function strongestWords(norm: NormalizedText, weights: Float32Array, k: number): { from: number; to: number } {
  const text = norm.text
  const words: { start: number; end: number; score: number }[] = []
  const re = /[\p{L}\p{N}']+/gu
  for (let m = re.exec(text); m && words.length < 400; m = re.exec(text)) {
    const end = m.index + m[0].length
    words.push({ start: m.index, end, score: wordWeight(text, m.index, end, weights, k, 3) })
  }
  if (words.length === 0) return { from: 0, to: text.length }
  let best = 0
  for (let i = 1; i < words.length; i++) if (words[i]!.score > words[best]!.score) best = i
  const from = words[Math.max(0, best - 1)]!.start
  const to = words[Math.min(words.length - 1, best + 1)]!.end
  return { from, to }
}

const wordCount = (text: string) => text.split(/[^\p{L}\p{N}']+/u).filter(Boolean).length

function findings(m: Loaded, norm: NormalizedText, enabled: ReadonlySet<EscalationKind>): Finding[] {
  if (!/\p{L}/u.test(norm.text)) return []
  const scores = scoresOf(m, norm)
  const out: Finding[] = []
  modelKinds.forEach((kind, k) => {
    if (!enabled.has(kind) || scores[kind] < m.threshold[k]!) return
    // On two words or fewer anger is a weak signal ("still nothing"): the rules judge those (a short
    // insult is in them), the model's few n-grams would give it an extreme score.
    if (kind === 'frustration' && wordCount(norm.text) < MIN_FRUSTRATION_WORDS) return
    const { from, to } = strongestWords(norm, m.weights, k)
    // "I don't need a human" reads like a request to n-grams: the rules' negation check applies.
    if (kind !== 'frustration' && isNegated(norm.text, from)) return
    out.push({ rule: `model.${kind}`, kind, ...originalSpan(norm, from, to) })
  })
  return out
}

/** Findings for the enabled kinds whose probability passes the trained threshold. */
export const detectByModel = (norm: NormalizedText, enabled: ReadonlySet<EscalationKind>): Finding[] =>
  findings(load(), norm, enabled)

/** The same detector over other weights: the training script scores each fold's model with it. */
export function modelFromWeights(packed: PackedWeights): typeof detectByModel {
  const m = unpack(packed)
  return (norm, enabled) => findings(m, norm, enabled)
}
