/**
 * Escalation figures for `npm run bench`: precision/recall on the hand-labelled
 * fixture (per detector kind and overall, micro-averaged over (utterance, kind)
 * pairs), texts per second on 200-character texts, and the worst time on 10 KB
 * adversarial inputs with every built-in plus the fixture's custom rules.
 */
import { compileEscalationRules } from '../src/escalation/compile'
import { scoreBlind } from './escalation-blind'
import { detect } from '../src/escalation/detect'
import type { EscalationKind } from '../src/escalation/types'
import { trainingItems } from '../test/escalation/fixtures/training-set'
import { fixtureConfig, type FixtureItem } from '../test/escalation/fixtures/utterances'

/** The main labelled set (see fixtures/training-set.ts): in-sample, since the model is trained on it. */
export const fixtureItems: FixtureItem[] = trainingItems

const kinds: EscalationKind[] = ['human-request', 'sensitive-data', 'legal', 'frustration', 'keyword', 'pattern']

export type Miss = { item: FixtureItem; kind: EscalationKind; got: 'missed' | 'false-positive' }

export function scoreFixture(items: FixtureItem[] = fixtureItems): { figures: Record<string, number>; misses: Miss[] } {
  const rules = compileEscalationRules(fixtureConfig)
  const tally = new Map(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]))
  const misses: Miss[] = []
  for (const item of items) {
    const res = detect(rules, { text: item.text, ...(item.history ? { history: item.history } : {}) })
    const got = new Set(res.reasons.map((r) => r.kind))
    for (const k of kinds) {
      const want = item.expect.includes(k)
      const t = tally.get(k)!
      // A blind-set item names its main kind only: another kind firing on a positive is not counted.
      const unlabelled = !want && item.mainKindOnly === true && item.expect.length > 0
      if (want && got.has(k)) t.tp++
      else if (!want && got.has(k) && !unlabelled) {
        t.fp++
        misses.push({ item, kind: k, got: 'false-positive' })
      } else if (want) {
        t.fn++
        misses.push({ item, kind: k, got: 'missed' })
      }
    }
  }
  const figures: Record<string, number> = {}
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Number((a / b).toFixed(4)))
  let tp = 0,
    fp = 0,
    fn = 0
  for (const k of kinds) {
    const t = tally.get(k)!
    tp += t.tp
    fp += t.fp
    fn += t.fn
    figures[`escalation.${k}.precision`] = ratio(t.tp, t.tp + t.fp)
    figures[`escalation.${k}.recall`] = ratio(t.tp, t.tp + t.fn)
  }
  figures['escalation.precision'] = ratio(tp, tp + fp)
  figures['escalation.recall'] = ratio(tp, tp + fn)
  return { figures, misses }
}

/** Fixed 200-character texts: a mix of ordinary traffic and texts that fire. */
function benchTexts(): string[] {
  const seeds = fixtureItems.map((i) => i.text)
  const out: string[] = []
  for (let i = 0; i < 64; i++) {
    let t = ''
    for (let k = i; t.length < 200; k += 7) t += seeds[k % seeds.length] + ' '
    out.push(t.slice(0, 200))
  }
  return out
}

function textsPerSecond(): number {
  const rules = compileEscalationRules(fixtureConfig)
  const texts = benchTexts()
  for (let i = 0; i < 2000; i++) detect(rules, { text: texts[i % texts.length]! }) // warm-up
  let n = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < 1500) {
    for (let i = 0; i < 500; i++) detect(rules, { text: texts[n++ % texts.length]! })
    elapsed = performance.now() - start
  }
  return Math.round((n / elapsed) * 1000)
}

/** 10 KB inputs built to stress the regexes: long runs, near-miss shapes, separators. */
export function adversarialInputs(): string[] {
  const size = 10 * 1024
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  return [
    fill('a'),
    fill('a') + '!',
    fill('1'),
    fill('1 '),
    fill('1-'),
    fill('a@'),
    fill('a.'),
    fill('+1 '),
    fill('de89 '),
    fill('talk to '),
    fill('ticket '),
    fill('ssn 123 '),
    fill('!?'),
    fill('é́́'),
    fill('ＡＢＣ１２３'),
    fill('i want a human but not '),
  ]
}

function adversarialMs(): number {
  const rules = compileEscalationRules({
    ...fixtureConfig,
    patterns: [...fixtureConfig.patterns, 'a.*b', '\\w+@\\w+\\.com', '(?:\\d{1,3}\\.){3}\\d{1,3}'],
  })
  const history = adversarialInputs().slice(0, 3)
  let worst = 0
  for (const text of adversarialInputs()) {
    const t0 = performance.now()
    detect(rules, { text, history })
    worst = Math.max(worst, performance.now() - t0)
  }
  return Number(worst.toFixed(2))
}

/** Once-catastrophic patterns run on RE2: worst time on 10 KB inputs built to make a backtracking engine hang. */
function catastrophicMs(): number {
  const rules = compileEscalationRules({ patterns: ['(a+)+$', '(\\w+\\s?)*x', '(a|aa)*b', '(.*)*!'] })
  let worst = 0
  for (const text of ['a'.repeat(10240) + '!', 'a '.repeat(5120), 'a'.repeat(10240)]) {
    const t0 = performance.now()
    detect(rules, { text })
    worst = Math.max(worst, performance.now() - t0)
  }
  return Number(worst.toFixed(2))
}

export async function runEscalationBench(): Promise<Record<string, number>> {
  const { figures } = scoreFixture()
  return {
    'escalation.precision': figures['escalation.precision']!,
    'escalation.recall': figures['escalation.recall']!,
    'escalation.texts_per_s': textsPerSecond(),
    ...Object.fromEntries(
      Object.entries(figures).filter(([k]) => k !== 'escalation.precision' && k !== 'escalation.recall')
    ),
    'escalation.adversarial_10kb_ms': adversarialMs(),
    'escalation.catastrophic_pattern_10kb_ms': catastrophicMs(),
    // The blind set at BLIND_PATH (bench/escalation-blind.ts): out of sample once it names a set never trained on.
    ...scoreBlind().figures,
    // The same without the learned model, to see what it adds.
    ...Object.fromEntries(
      Object.entries(scoreBlind({ detectors: { model: false } }).figures)
        .filter(([k]) => /blind\.(precision|recall|hard_negative_fpr)$/.test(k))
        .map(([k, v]) => [k.replace('blind.', 'blind.rules_only.'), v])
    ),
  }
}

if (require.main === module) {
  void runEscalationBench().then((figures) => {
    for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${value}`)
    if (process.argv.includes('--misses')) {
      const show = (set: string, misses: Miss[]) => {
        for (const m of misses)
          console.log(
            `[${set}] ${m.got} ${m.kind}: ${JSON.stringify(m.item.text)}${m.item.history ? ' history=' + JSON.stringify(m.item.history) : ''}`
          )
      }
      show('main', scoreFixture().misses)
    }
  })
}
