/**
 * The learned second signal: a logistic-regression model per kind (human request, legal,
 * frustration) over hashed n-grams, trained at build time on the project's labelled sets by
 * scripts/train-escalation-model.ts. It catches phrasings no rule lists; a rule that fires
 * keeps its own explanation. It never decides sensitive data: checksums do.
 */
import { isNegated } from '../negation'
import { originalSpan, type NormalizedText } from '../normalize'
import type { EscalationKind, Finding } from '../types'
import { FEATURE_COUNT, forEachFeature, modelText } from './features'
import { modelWeights } from './weights.generated'

export type ModelKind = 'human-request' | 'legal' | 'frustration'
export const modelKinds: readonly ModelKind[] = ['human-request', 'legal', 'frustration']

type Loaded = { weights: Float32Array[]; bias: number[]; threshold: number[] }

let loaded: Loaded | undefined

function load(): Loaded {
  if (loaded) return loaded
  const bytes = Uint8Array.from(Buffer.from(modelWeights.weights, 'base64'))
  const weights = modelWeights.kinds.map((_, k) => {
    const w = new Float32Array(FEATURE_COUNT)
    const scale = modelWeights.scales[k]!
    for (let i = 0; i < FEATURE_COUNT; i++) w[i] = ((bytes[k * FEATURE_COUNT + i]! << 24) >> 24) * scale
    return w
  })
  loaded = { weights, bias: modelWeights.bias, threshold: modelWeights.thresholds }
  return loaded
}

/** Probability per model kind for a folded text (used by the bench and the training checks). */
export function modelScores(folded: string): Record<ModelKind, number> {
  const m = load()
  const text = modelText(folded)
  const sums = modelKinds.map(() => 0)
  let count = 0
  forEachFeature(text, (b) => {
    count++
    for (let k = 0; k < sums.length; k++) sums[k]! += m.weights[k]![b]!
  })
  const norm = count > 0 ? 1 / Math.sqrt(count) : 0
  const out = {} as Record<ModelKind, number>
  modelKinds.forEach((kind, k) => {
    out[kind] = 1 / (1 + Math.exp(-(m.bias[k]! + sums[k]! * norm)))
  })
  return out
}

/** The word (with its neighbours) that pushed a kind's score the most: the model's explanation. */
function strongestWords(norm: NormalizedText, weights: Float32Array): { from: number; to: number } {
  const text = norm.text
  const words: { start: number; end: number; score: number }[] = []
  const re = /[\p{L}\p{N}']+/gu
  for (let m = re.exec(text); m && words.length < 400; m = re.exec(text)) {
    let score = 0
    forEachFeature(modelText(m[0]), (b) => (score += weights[b]!))
    words.push({ start: m.index, end: m.index + m[0].length, score })
  }
  if (words.length === 0) return { from: 0, to: text.length }
  let best = 0
  for (let i = 1; i < words.length; i++) if (words[i]!.score > words[best]!.score) best = i
  const from = words[Math.max(0, best - 1)]!.start
  const to = words[Math.min(words.length - 1, best + 1)]!.end
  return { from, to }
}

/** Findings for the enabled kinds whose probability passes the trained threshold. */
export function detectByModel(norm: NormalizedText, enabled: ReadonlySet<EscalationKind>): Finding[] {
  if (!/\p{L}/u.test(norm.text)) return []
  const m = load()
  const scores = modelScores(norm.text)
  const out: Finding[] = []
  modelKinds.forEach((kind, k) => {
    if (!enabled.has(kind) || scores[kind] < m.threshold[k]!) return
    const { from, to } = strongestWords(norm, m.weights[k]!)
    // "I don't need a human" reads like a request to n-grams: the rules' negation check applies.
    if (kind !== 'frustration' && isNegated(norm.text, from)) return
    out.push({ rule: `model.${kind}`, kind, ...originalSpan(norm, from, to) })
  })
  return out
}
