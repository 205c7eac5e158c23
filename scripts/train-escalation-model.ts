/**
 * Trains the escalation model (src/escalation/model) on the labelled sets and writes its
 * weights to src/escalation/model/weights.generated.ts. Deterministic: the same data gives
 * the same file. Run `npm run train:escalation` after changing the labelled sets.
 *
 * One logistic regression per kind over hashed n-grams (features.ts), L2-regularised,
 * trained with AdaGrad. Each kind's threshold is chosen on 5-fold out-of-fold scores as the
 * lowest that keeps the model's own precision >= TARGET_PRECISION and its false-positive rate
 * <= MAX_FALSE_POSITIVE_RATE, so the model adds recall without costing the precision the rules earn. The blind set is never read here.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { normalizeText } from '../src/escalation/normalize'
import { FEATURE_COUNT, forEachFeature, modelText } from '../src/escalation/model/features'
import { trainingItems } from '../test/escalation/fixtures/training-set'

const kinds = ['human-request', 'legal', 'frustration'] as const
const EPOCHS = 40
const L2 = 1e-5
const RATE = 0.5
const TARGET_PRECISION = 0.95
/** And at most this share of the kind's negatives fire: near misses must stay quiet. */
const MAX_FALSE_POSITIVE_RATE = 0.008
const OUT = join(__dirname, '..', 'src', 'escalation', 'model', 'weights.generated.ts')

/** A label of -1 leaves the example out of that kind's model. */
type Example = { idx: Int32Array; val: Float32Array; labels: number[] }

function vectorise(text: string): { idx: Int32Array; val: Float32Array } {
  const counts = new Map<number, number>()
  let total = 0
  forEachFeature(modelText(normalizeText(text).text), (b) => {
    counts.set(b, (counts.get(b) ?? 0) + 1)
    total++
  })
  const norm = total > 0 ? 1 / Math.sqrt(total) : 0
  return { idx: Int32Array.from(counts.keys()), val: Float32Array.from([...counts.values()].map((c) => c * norm)) }
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

function train(all: Example[], k: number, seed: number): { w: Float32Array; b: number } {
  const w = new Float32Array(FEATURE_COUNT)
  const g2 = new Float32Array(FEATURE_COUNT).fill(1e-8)
  let b = 0
  let gb = 1e-8
  const examples = all.filter((e) => e.labels[k] !== -1)
  const pos = examples.filter((e) => e.labels[k] === 1).length
  // Weigh the rarer class up so a kind with few positives is still learned.
  const wPos = (examples.length - pos) / Math.max(1, pos)
  const weightOf = (y: number) => (y === 1 ? Math.sqrt(wPos) : 1)
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
      let z = b
      for (let f = 0; f < e.idx.length; f++) z += w[e.idx[f]!]! * e.val[f]!
      const p = 1 / (1 + Math.exp(-z))
      const g = (p - y) * weightOf(y)
      for (let f = 0; f < e.idx.length; f++) {
        const at = e.idx[f]!
        const grad = g * e.val[f]! + L2 * w[at]!
        g2[at]! += grad * grad
        w[at]! -= (RATE * grad) / Math.sqrt(g2[at]!)
      }
      gb += g * g
      b -= (RATE * g) / Math.sqrt(gb)
    }
  }
  return { w, b }
}

const score = (m: { w: Float32Array; b: number }, e: Example) => {
  let z = m.b
  for (let f = 0; f < e.idx.length; f++) z += m.w[e.idx[f]!]! * e.val[f]!
  return 1 / (1 + Math.exp(-z))
}

function chooseThreshold(scores: { p: number; y: number }[]): { threshold: number; precision: number; recall: number } {
  const positives = scores.filter((s) => s.y === 1).length
  const negatives = scores.length - positives
  for (let t = 0.5; t < 0.99; t += 0.01) {
    const fired = scores.filter((s) => s.p >= t)
    const tp = fired.filter((s) => s.y === 1).length
    const precision = fired.length === 0 ? 1 : tp / fired.length
    if (precision >= TARGET_PRECISION && (fired.length - tp) / negatives <= MAX_FALSE_POSITIVE_RATE)
      return { threshold: Number(t.toFixed(2)), precision, recall: tp / positives }
  }
  return { threshold: 0.99, precision: 1, recall: 0 }
}

function main(): void {
  const examples: Example[] = trainingItems.map((item) => ({
    ...vectorise(item.text),
    // Frustration labelled because of the history ("still waiting" after three angry turns) is not in the
    // text alone: the model reads only the text, so such items would teach it that "still waiting" is anger.
    labels: kinds.map((k) => (k === 'frustration' && item.history?.length ? -1 : item.expect.includes(k) ? 1 : 0)),
  }))
  // Out-of-fold scores for the thresholds: each item scored by a model that never saw it.
  const folds = 5
  const oof = kinds.map(() => Array.from({ length: examples.length }, () => 0))
  for (let f = 0; f < folds; f++) {
    const trainSet = examples.filter((_, i) => i % folds !== f)
    kinds.forEach((_, k) => {
      const m = train(trainSet, k, 17 + f)
      examples.forEach((e, i) => {
        if (i % folds === f) oof[k]![i] = score(m, e)
      })
    })
  }
  const thresholds: number[] = []
  kinds.forEach((kind, k) => {
    const scored = examples.map((e, i) => ({ p: oof[k]![i]!, y: e.labels[k]! })).filter((x) => x.y !== -1)
    const pick = chooseThreshold(scored)
    thresholds.push(pick.threshold)
    if (process.argv.includes('--table')) {
      for (let t = 0.5; t < 0.99; t += 0.05) {
        const sc = scored
        const fp = sc.filter((x) => x.y === 0 && x.p >= t).length
        const tp = sc.filter((x) => x.y === 1 && x.p >= t).length
        const neg = sc.filter((x) => x.y === 0).length
        console.log(`  t=${t.toFixed(2)} tp=${tp} fp=${fp} fpr=${(fp / neg).toFixed(4)}`)
      }
    }
    console.log(
      `${kind}: threshold ${pick.threshold}, out-of-fold precision ${pick.precision.toFixed(3)}, recall ${pick.recall.toFixed(3)}`
    )
  })

  // Final models on everything, weights quantised to one signed byte per bucket and kind.
  const bytes = new Uint8Array(kinds.length * FEATURE_COUNT)
  const scales: number[] = []
  const bias: number[] = []
  kinds.forEach((_, k) => {
    const m = train(examples, k, 7)
    let max = 0
    for (const v of m.w) max = Math.max(max, Math.abs(v))
    const scale = max / 127 || 1
    scales.push(Number(scale.toPrecision(6)))
    bias.push(Number(m.b.toPrecision(6)))
    for (let i = 0; i < FEATURE_COUNT; i++) bytes[k * FEATURE_COUNT + i] = Math.round(m.w[i]! / scale) & 0xff
  })
  const file = `// Generated by scripts/train-escalation-model.ts from the labelled sets (${examples.length} utterances). Do not edit.
export const modelWeights = {
  kinds: ${JSON.stringify(kinds)},
  bias: ${JSON.stringify(bias)},
  scales: ${JSON.stringify(scales)},
  thresholds: ${JSON.stringify(thresholds)},
  weights: '${Buffer.from(bytes).toString('base64')}',
}
`
  writeFileSync(OUT, file)
  console.log(`wrote ${OUT} (${file.length} bytes)`)
}

main()
