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
  forEachFeature,
  MIN_SENTENCE_FEATURES,
  modelFeatures,
  modelText,
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
 * Each kind's probability: the higher of the whole message's and of its best sentence's (of
 * MIN_SENTENCE_FEATURES features or more), so a request at the end of a long story still counts.
 */
function scoresOf(m: Loaded, norm: NormalizedText): Record<ModelKind, number> {
  const { weights: w, bias } = m
  const { buckets, sentenceOf, sentences } = modelFeatures(norm)
  const z = [0, 0, 0]
  const marks = [0, 0, 0]
  let markCount = 0
  sentenceSums.fill(0, 0, sentences * 3)
  sentenceCounts.fill(0, 0, sentences)
  for (let i = 0; i < buckets.length; i++) {
    const at = buckets[i]! * 3
    const s = sentenceOf[i]!
    const sum = s === EVERY_SENTENCE ? marks : undefined
    for (let k = 0; k < 3; k++) {
      const v = w[at + k]!
      z[k]! += v
      if (sum) sum[k]! += v
      else sentenceSums[s * 3 + k]! += v
    }
    if (s === EVERY_SENTENCE) markCount++
    else sentenceCounts[s]!++
  }
  const best = z.map((v) => (buckets.length > 0 ? v / Math.sqrt(buckets.length) : 0))
  if (sentences > 1)
    for (let s = 0; s < sentences; s++) {
      const n = sentenceCounts[s]!
      if (n < MIN_SENTENCE_FEATURES) continue
      const scale = 1 / Math.sqrt(n + markCount)
      for (let k = 0; k < 3; k++) best[k] = Math.max(best[k]!, (sentenceSums[s * 3 + k]! + marks[k]!) * scale)
    }
  const p = (k: number) => 1 / (1 + Math.exp(-(bias[k]! + best[k]!)))
  return { 'human-request': p(0), legal: p(1), frustration: p(2) }
}

/** Probability per model kind for a normalised text (used by the bench and the training checks). */
export const modelScores = (norm: NormalizedText): Record<ModelKind, number> => scoresOf(load(), norm)

/** The word (with its neighbours) that pushed a kind's score the most: the model's explanation. */
function strongestWords(norm: NormalizedText, weights: Float32Array, k: number): { from: number; to: number } {
  const text = norm.text
  const words: { start: number; end: number; score: number }[] = []
  const re = /[\p{L}\p{N}']+/gu
  for (let m = re.exec(text); m && words.length < 400; m = re.exec(text)) {
    let score = 0
    forEachFeature(modelText(m[0]), (b) => (score += weights[b * 3 + k]!))
    words.push({ start: m.index, end: m.index + m[0].length, score })
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
