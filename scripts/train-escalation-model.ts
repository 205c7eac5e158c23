/**
 * Trains the escalation model (src/escalation/model) on the labelled sets and writes its weights to
 * src/escalation/model/weights.generated.ts. Deterministic: the same data gives the same file. Run
 * `npm run train:escalation` after changing the labelled sets. How it trains: escalation-model/.
 *
 * `--cv` prints the out-of-fold figures of the whole detector (rules, which are tuned on all of
 * this data and so in-sample, plus each fold's model on the items it never saw).
 * `--holdout <retired blind set .json>` leaves that set out, trains and picks thresholds on the rest,
 * and prints the whole detector's figures on it: how a choice of features or limits would have done
 * on text nobody trained on (the rules may have been tuned on it since, so it is not a blind figure).
 * `--mistakes` lists its misses and false alarms. `--limits P,FPR,HARD_FPR` overrides the threshold limits (thresholds.ts) for such comparisons.
 * The current blind set is never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { modelFromWeights, modelKinds } from '../src/escalation/model/model'
import { blindSetItems } from '../test/escalation/fixtures/blind-set-items'
import { trainingBatches } from '../test/escalation/fixtures/training-set'
import type { FixtureItem } from '../test/escalation/fixtures/utterances'
import { printFigures } from './escalation-model/evaluate'
import { chooseThreshold, type Limits, type Scored } from './escalation-model/thresholds'
import { pack, score, toExample, train } from './escalation-model/train'

const FOLDS = 5
const OUT = join(__dirname, '..', 'src', 'escalation', 'model', 'weights.generated.ts')

const argValue = (name: string) => {
  const at = process.argv.indexOf(name)
  return at === -1 ? undefined : process.argv[at + 1]
}

function limitsFromArgs(): Limits | undefined {
  const raw = argValue('--limits')
  if (!raw) return undefined
  const [precision, fpr, hardFpr] = raw.split(',').map(Number)
  if (![precision, fpr, hardFpr].every((n) => n !== undefined && Number.isFinite(n)))
    throw new Error(`--limits: expected three numbers "P,FPR,HARD_FPR", got "${raw}"`)
  return { precision: precision!, fpr: fpr!, hardFpr: hardFpr! }
}

/**
 * The fold of each item: whole batches go to a fold (the largest first, each to the smallest fold), so
 * a writer's twins and translations never sit on both sides of a fold and flatter the out-of-fold scores.
 */
function foldsOf(batches: [string, FixtureItem[]][]): number[] {
  const sizes = Array.from({ length: FOLDS }, () => 0)
  const foldOfBatch = new Map<string, number>()
  for (const [name, items] of [...batches].sort((a, b) => b[1].length - a[1].length)) {
    const f = sizes.indexOf(Math.min(...sizes))
    foldOfBatch.set(name, f)
    sizes[f]! += items.length
  }
  return batches.flatMap(([name, items]) => items.map(() => foldOfBatch.get(name)!))
}

/** Thresholds from out-of-fold scores, the fold models, and the final model trained on every item. */
function fit(batches: [string, FixtureItem[]][], limits: Limits | undefined) {
  const items = batches.flatMap(([, b]) => b)
  const fold = foldsOf(batches)
  const examples = items.map(toExample)
  const foldModels = Array.from({ length: FOLDS }, (_fold, f) => {
    const trainSet = examples.filter((_e, i) => fold[i] !== f)
    return modelKinds.map((_kind, k) => train(trainSet, k, 17 + f))
  })
  const thresholds = modelKinds.map((kind, k) => {
    const scored: Scored[] = []
    examples.forEach((e, i) => {
      if (e.labels[k] === -1) return
      const item = items[i]!
      scored.push({
        p: score(foldModels[fold[i]!]![k]!, e),
        y: e.labels[k]!,
        negative: item.expect.length === 0,
        hard: item.hard === true,
      })
    })
    const pick = chooseThreshold(scored, limits)
    console.log(
      `model alone, out of fold, ${kind}: threshold ${pick.threshold}, precision ${pick.precision.toFixed(3)}, recall ${pick.recall.toFixed(3)}, fires on ${pick.negFired}/${pick.negatives} negatives (${pick.hardFired}/${pick.hardNegatives} hard)`
    )
    return pick.threshold
  })
  const final = pack(
    modelKinds.map((_, k) => train(examples, k, 7)),
    thresholds
  )
  return { thresholds, foldModels, fold, items, final, examples: examples.length }
}

/** An array literal as the formatter writes it, so the generated file needs no formatting pass. */
const list = (values: readonly (string | number)[]) =>
  `[${values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ')}]`

function main(): void {
  const limits = limitsFromArgs()
  const holdoutPath = argValue('--holdout')
  if (holdoutPath) {
    const held = blindSetItems(holdoutPath, JSON.parse(readFileSync(holdoutPath, 'utf8')))
    const heldTexts = new Set(held.map((h) => h.text))
    const rest = trainingBatches.map(([name, b]): [string, FixtureItem[]] => [
      name,
      b.filter((i) => !heldTexts.has(i.text)),
    ])
    const { final, items } = fit(rest, limits)
    const model = modelFromWeights(final)
    printFigures(
      `Held out ${holdoutPath} (model trained on the other ${items.length} items)`,
      held,
      () => model,
      process.argv.includes('--mistakes')
    )
    return
  }
  const { thresholds, foldModels, fold, items, final, examples } = fit(trainingBatches, limits)
  if (process.argv.includes('--cv')) {
    const packedFolds = foldModels.map((m) => modelFromWeights(pack(m, thresholds)))
    printFigures(
      `Out-of-fold (${FOLDS} folds of whole batches; rules tuned on some batches, model out-of-fold)`,
      items,
      (i) => packedFolds[fold[i]!]!,
      process.argv.includes('--mistakes')
    )
  }
  const file = `// Generated by scripts/train-escalation-model.ts from the labelled sets (${examples} utterances). Do not edit.
export const modelWeights = {
  kinds: ${list(final.kinds)},
  bias: ${list(final.bias)},
  scales: ${list(final.scales)},
  thresholds: ${list(final.thresholds)},
  weights:
    '${final.weights}',
}
`
  writeFileSync(OUT, file)
  console.log(`wrote ${OUT} (${file.length} bytes)`)
}

main()
