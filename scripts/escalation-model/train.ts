/**
 * Training of the escalation model: one logistic regression per kind over the hashed features of
 * src/escalation/model/features.ts, L2-regularised, trained with AdaGrad, and packed as the detector
 * loads it. Deterministic: the same items and seed give the same weights.
 */
import { deflateRawSync } from 'node:zlib'
import {
  EVERY_SENTENCE,
  FEATURE_COUNT,
  LONG_MESSAGE_FEATURES,
  MIN_SENTENCE_FEATURES,
  modelFeatures,
} from '../../src/escalation/model/features'
import { modelKinds, type PackedWeights } from '../../src/escalation/model/model'
import { normalizeText } from '../../src/escalation/normalize'
import type { FixtureItem } from '../../test/escalation/fixtures/utterances'

const EPOCHS = 40
const L2 = 1e-5
const RATE = 0.5

/** A sparse feature vector, normalised as the detector does (by the square root of its feature count). */
type Vector = { idx: Int32Array; val: Float32Array }
/**
 * `whole` is what the model trains on; `parts` are the whole and each sentence the detector also
 * scores, the best of which is the example's score. A label of -1 leaves the example out of that kind's model.
 */
export type Example = { whole: Vector; parts: Vector[]; labels: number[] }
export type Trained = { w: Float32Array; b: number }

function vector(buckets: ArrayLike<number>): Vector {
  const counts = new Map<number, number>()
  for (let i = 0; i < buckets.length; i++) counts.set(buckets[i]!, (counts.get(buckets[i]!) ?? 0) + 1)
  const norm = buckets.length > 0 ? 1 / Math.sqrt(buckets.length) : 0
  return { idx: Int32Array.from(counts.keys()), val: Float32Array.from([...counts.values()].map((c) => c * norm)) }
}

export function toExample(item: FixtureItem): Example {
  const f = modelFeatures(normalizeText(item.text))
  const buckets = f.buckets.slice(0, f.count)
  const sentenceOf = f.sentenceOf.slice(0, f.count)
  const whole = vector(buckets)
  const parts = [whole]
  if (f.sentences > 1 && buckets.length >= LONG_MESSAGE_FEATURES) {
    // Markers count in every sentence, as the detector adds them (scoresOf in model.ts).
    const marks = buckets.filter((_b, i) => sentenceOf[i] === EVERY_SENTENCE)
    for (let s = 0; s < f.sentences; s++) {
      const own = buckets.filter((_b, i) => sentenceOf[i] === s)
      if (own.length >= MIN_SENTENCE_FEATURES) parts.push(vector([...marks, ...own]))
    }
  }
  return {
    whole,
    parts,
    labels: modelKinds.map((k) => {
      if (item.expect.includes(k)) return 1
      // A blind-set item names its main kind only: whether it also shows another kind is unknown.
      if (item.mainKindOnly && item.expect.length > 0) return -1
      // Frustration labelled because of the history ("still waiting" after three angry turns) is not in the
      // text alone: the model reads only the text, so such items would teach it that "still waiting" is anger.
      if (k === 'frustration' && item.history?.length) return -1
      return 0
    }),
  }
}

/** Small seeded PRNG (mulberry32), so shuffles and the output file are reproducible. */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function train(all: Example[], k: number, seed: number): Trained {
  const w = new Float32Array(FEATURE_COUNT)
  const g2 = new Float32Array(FEATURE_COUNT).fill(1e-8)
  let b = 0
  let gb = 1e-8
  const examples = all.filter((e) => e.labels[k] !== -1)
  const pos = examples.filter((e) => e.labels[k] === 1).length
  // Weigh the rarer class up so a kind with few positives is still learned.
  const wPos = Math.sqrt((examples.length - pos) / Math.max(1, pos))
  const random = rng(seed)
  const order = examples.map((_, i) => i)
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const i of order) {
      const e = examples[i]!
      const y = e.labels[k]!
      const v = e.whole
      const g = (linear({ w, b }, v) - y) * (y === 1 ? wPos : 1)
      for (let f = 0; f < v.idx.length; f++) {
        const at = v.idx[f]!
        const grad = g * v.val[f]! + L2 * w[at]!
        g2[at]! += grad * grad
        w[at]! -= (RATE * grad) / Math.sqrt(g2[at]!)
      }
      gb += g * g
      b -= (RATE * g) / Math.sqrt(gb)
    }
  }
  return { w, b }
}

function linear(m: Trained, v: Vector): number {
  let z = m.b
  for (let f = 0; f < v.idx.length; f++) z += m.w[v.idx[f]!]! * v.val[f]!
  return 1 / (1 + Math.exp(-z))
}

/** The example's probability as the detector computes it: the best of the whole and its sentences. */
export const score = (m: Trained, e: Example): number => Math.max(...e.parts.map((v) => linear(m, v)))

/**
 * Weights within this many steps of zero are stored as zero: the deflated table is a sixth smaller,
 * and the held-out figures (--holdout blind-5, blind-6) stay within one item.
 */
const PRUNED_STEPS = 1

/**
 * Weights quantised to 4 bits (-7..7 times a scale per kind), two buckets a byte, then deflated, as
 * the detector loads them. The scale is set by the 99th percentile of the weights, the few larger ones
 * clamped; the out-of-fold figures are measured on models packed the same way.
 */
export function pack(models: Trained[], thresholds: number[]): PackedWeights {
  const half = FEATURE_COUNT / 2
  const bytes = new Uint8Array(modelKinds.length * half)
  const scales: number[] = []
  const bias: number[] = []
  models.forEach((m, k) => {
    const sorted = Float32Array.from(m.w, Math.abs).sort()
    const scale = Number((sorted[Math.floor(sorted.length * 0.99)]! / 7 || 1).toPrecision(6))
    scales.push(scale)
    bias.push(Number(m.b.toPrecision(6)))
    const q = (v: number) => {
      const r = Math.max(-7, Math.min(7, Math.round(v / scale)))
      return (Math.abs(r) <= PRUNED_STEPS ? 0 : r) & 0xf
    }
    for (let i = 0; i < half; i++) bytes[k * half + i] = q(m.w[2 * i]!) | (q(m.w[2 * i + 1]!) << 4)
  })
  const weights = deflateRawSync(bytes, { level: 9 }).toString('base64')
  return { kinds: modelKinds, bias, scales, thresholds, weights }
}
