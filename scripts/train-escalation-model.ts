/**
 * Trains the escalation model (src/escalation/model) on the labelled sets and writes its
 * weights to src/escalation/model/weights.generated.ts. Deterministic: the same data gives
 * the same file. Run `npm run train:escalation` after changing the labelled sets.
 *
 * One logistic regression per kind over hashed n-grams (features.ts), L2-regularised,
 * trained with AdaGrad. Each kind's threshold is chosen on 5-fold out-of-fold scores of the
 * model alone (the rules are tuned on this same data, so where they stay silent here says little
 * about new text): the lowest at which the model's own precision is >= TARGET_PRECISION and it
 * fires on at most MAX_FPR of the negatives and MAX_HARD_FPR of the hard ones, so it adds recall
 * without costing the precision the rules earn. The next blind set is never read here.
 *
 * `--cv` prints the out-of-fold figures of the whole detector (rules, which are tuned on all of
 * this data and so in-sample, plus each fold's model on the items it never saw), per kind, per
 * language and on hard negatives: the honest figure this data can give.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileEscalationRules } from '../src/escalation/compile'
import { detect } from '../src/escalation/detect'
import { normalizeText } from '../src/escalation/normalize'
import { FEATURE_COUNT, forEachFeature, modelText } from '../src/escalation/model/features'
import { modelFromWeights, type PackedWeights } from '../src/escalation/model/model'
import type { EscalationKind } from '../src/escalation/types'
import { trainingItems } from '../test/escalation/fixtures/training-set'
import type { FixtureItem } from '../test/escalation/fixtures/utterances'

const kinds = ['human-request', 'legal', 'frustration'] as const
const EPOCHS = 40
const L2 = 1e-5
const RATE = 0.5
/** Of what the model reports, at least this share must be right. */
const TARGET_PRECISION = 0.97
/** And it may fire on at most this share of the negatives, and of the hard negatives: near misses stay quiet. */
const MAX_FPR = 0.008
const MAX_HARD_FPR = 0.015
const FOLDS = 5
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

/**
 * Weights quantised to 4 bits (-7..7 times a scale per kind), two buckets a byte, as the detector loads
 * them: half the bundle of one byte each. The scale is set by the 99th percentile of the weights, the
 * few larger ones clamped; the out-of-fold figures are measured on models packed the same way.
 */
function pack(models: { w: Float32Array; b: number }[], thresholds: number[]): PackedWeights {
  const half = FEATURE_COUNT / 2
  const bytes = new Uint8Array(kinds.length * half)
  const scales: number[] = []
  const bias: number[] = []
  models.forEach((m, k) => {
    const sorted = Float32Array.from(m.w, Math.abs).sort()
    const scale = Number((sorted[Math.floor(sorted.length * 0.99)]! / 7 || 1).toPrecision(6))
    scales.push(scale)
    bias.push(Number(m.b.toPrecision(6)))
    const q = (v: number) => Math.max(-7, Math.min(7, Math.round(v / scale))) & 0xf
    for (let i = 0; i < half; i++) bytes[k * half + i] = q(m.w[2 * i]!) | (q(m.w[2 * i + 1]!) << 4)
  })
  return { kinds, bias, scales, thresholds, weights: Buffer.from(bytes).toString('base64') }
}

const rulesOnly = compileEscalationRules({ detectors: { model: false } })
const allKinds = new Set<EscalationKind>(kinds)

/** Kinds the rules report for an item (default configuration, no bot-builder keywords). */
const ruleKinds = (item: FixtureItem) =>
  new Set(
    detect(rulesOnly, { text: item.text, ...(item.history ? { history: item.history } : {}) }).reasons.map(
      (r) => r.kind
    )
  )

type Scored = { p: number; y: number; negative: boolean; hard: boolean }
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)

/** Lowest threshold at which the model alone stays precise and quiet on negatives. */
function chooseThreshold(scored: Scored[], negatives: number, hardNegatives: number) {
  for (let t = 0.3; t < 0.995; t += 0.01) {
    const fired = scored.filter((s) => s.p >= t)
    const tp = fired.filter((s) => s.y === 1).length
    const precision = fired.length === 0 ? 1 : tp / fired.length
    const negFired = fired.filter((s) => s.negative).length
    const hardFired = fired.filter((s) => s.negative && s.hard).length
    if (precision >= TARGET_PRECISION && negFired <= MAX_FPR * negatives && hardFired <= MAX_HARD_FPR * hardNegatives) {
      const positives = scored.filter((s) => s.y === 1).length
      return { threshold: Number(t.toFixed(2)), precision, recall: ratio(tp, positives), negFired, hardFired }
    }
  }
  return { threshold: 0.99, precision: 1, recall: 0, negFired: 0, hardFired: 0 }
}

type Tally = { tp: number; fp: number; fn: number }
const pr = (t: Tally) => `P ${ratio(t.tp, t.tp + t.fp).toFixed(3)} R ${ratio(t.tp, t.tp + t.fn).toFixed(3)}`

/** Out-of-fold figures of the whole detector: rules plus, for each item, the model of the fold that left it out. */
function crossValidation(
  items: FixtureItem[],
  rules: Set<EscalationKind>[],
  folds: ReturnType<typeof modelFromWeights>[]
) {
  const all: Tally = { tp: 0, fp: 0, fn: 0 }
  const byKind = new Map<string, Tally>()
  const byLang = new Map<string, Tally>()
  let hardNeg = 0
  let hardFired = 0
  let neg = 0
  let negFired = 0
  const tally = (m: Map<string, Tally>, k: string) => m.get(k) ?? m.set(k, { tp: 0, fp: 0, fn: 0 }).get(k)!
  items.forEach((item, i) => {
    const got = new Set(rules[i])
    const open = new Set([...allKinds].filter((k) => !got.has(k)))
    if (open.size > 0) for (const f of folds[i % FOLDS]!(normalizeText(item.text), open)) got.add(f.kind)
    // Bot-builder keywords and patterns are not part of the default configuration scored here.
    const positive = item.expect.some((k) => k !== 'keyword' && k !== 'pattern')
    if (!positive && item.expect.length > 0) return
    const fired = got.size > 0
    const lang = tally(byLang, item.lang)
    for (const t of [all, lang]) {
      if (positive && fired) t.tp++
      else if (positive) t.fn++
      else if (fired) t.fp++
    }
    if (!positive) {
      neg++
      if (fired) negFired++
      if (item.hard) {
        hardNeg++
        if (fired) hardFired++
      }
    }
    for (const k of ['human-request', 'legal', 'frustration', 'sensitive-data'] as const) {
      const t = tally(byKind, k)
      const want = item.expect.includes(k)
      if (want && got.has(k)) t.tp++
      else if (want) t.fn++
      else if (got.has(k) && !(item.mainKindOnly && positive)) t.fp++
    }
  })
  console.log(`\nOut-of-fold (${FOLDS} folds; rules in-sample, model out-of-fold), ${items.length} items:`)
  console.log(`  all items: ${pr(all)}`)
  console.log(
    `  negatives fired: ${negFired}/${neg}; hard negatives fired: ${hardFired}/${hardNeg} (FPR ${ratio(hardFired, hardNeg).toFixed(3)})`
  )
  for (const [k, t] of byKind) console.log(`  kind ${k}: ${pr(t)}`)
  for (const [l, t] of [...byLang].sort()) console.log(`  lang ${l}: ${pr(t)}`)
}

function main(): void {
  const examples: Example[] = trainingItems.map((item) => ({
    ...vectorise(item.text),
    labels: kinds.map((k) => {
      if (item.expect.includes(k)) return 1
      // A blind-set item names its main kind only: whether it also shows another kind is unknown.
      if (item.mainKindOnly && item.expect.length > 0) return -1
      // Frustration labelled because of the history ("still waiting" after three angry turns) is not in the
      // text alone: the model reads only the text, so such items would teach it that "still waiting" is anger.
      if (k === 'frustration' && item.history?.length) return -1
      return 0
    }),
  }))
  const rules = trainingItems.map(ruleKinds)
  // Out-of-fold scores: each item scored by models that never saw it.
  const foldModels = Array.from({ length: FOLDS }, (_fold, f) => {
    const trainSet = examples.filter((_e, i) => i % FOLDS !== f)
    return kinds.map((_kind, k) => train(trainSet, k, 17 + f))
  })
  const negatives = trainingItems.filter((i) => i.expect.length === 0).length
  const hardNegatives = trainingItems.filter((i) => i.expect.length === 0 && i.hard).length
  const thresholds = kinds.map((kind, k) => {
    const scored: Scored[] = []
    examples.forEach((e, i) => {
      if (e.labels[k] === -1) return
      const item = trainingItems[i]!
      scored.push({
        p: score(foldModels[i % FOLDS]![k]!, e),
        y: e.labels[k]!,
        negative: item.expect.length === 0,
        hard: item.hard === true,
      })
    })
    const pick = chooseThreshold(scored, negatives, hardNegatives)
    console.log(
      `model alone, out of fold, ${kind}: threshold ${pick.threshold}, precision ${pick.precision.toFixed(3)}, recall ${pick.recall.toFixed(3)}, fires on ${pick.negFired}/${negatives} negatives (${pick.hardFired}/${hardNegatives} hard)`
    )
    return pick.threshold
  })
  if (process.argv.includes('--cv'))
    crossValidation(
      trainingItems,
      rules,
      foldModels.map((m) => modelFromWeights(pack(m, thresholds)))
    )

  const weights = pack(
    kinds.map((_, k) => train(examples, k, 7)),
    thresholds
  )
  const file = `// Generated by scripts/train-escalation-model.ts from the labelled sets (${examples.length} utterances). Do not edit.
export const modelWeights = {
  kinds: ${JSON.stringify(weights.kinds)},
  bias: ${JSON.stringify(weights.bias)},
  scales: ${JSON.stringify(weights.scales)},
  thresholds: ${JSON.stringify(weights.thresholds)},
  weights: '${weights.weights}',
}
`
  writeFileSync(OUT, file)
  console.log(`wrote ${OUT} (${file.length} bytes)`)
}

main()
