/**
 * Figures of the whole detector on labelled items, default configuration, with a given model in place
 * of the shipped one. Item level: an item with
 * a kind is a positive, one with none a negative. Per kind, an item that names its main kind only
 * (a blind set's) does not count another kind against that kind.
 */
import { compileEscalationRules } from '../../src/escalation/compile'
import { detect } from '../../src/escalation/detect'
import type { detectByModel } from '../../src/escalation/model/model'
import type { FixtureItem } from '../../test/escalation/fixtures/utterances'

type Tally = { tp: number; fp: number; fn: number }
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
const pr = (t: Tally) => `P ${ratio(t.tp, t.tp + t.fp).toFixed(3)} R ${ratio(t.tp, t.tp + t.fn).toFixed(3)}`
const defaults = compileEscalationRules({})

export function printFigures(
  title: string,
  items: readonly FixtureItem[],
  modelFor: (i: number) => typeof detectByModel,
  listMistakes = false
): void {
  const all: Tally = { tp: 0, fp: 0, fn: 0 }
  const byKind = new Map<string, Tally>()
  const byLang = new Map<string, Tally>()
  let hardNeg = 0
  let hardFired = 0
  let neg = 0
  let negFired = 0
  const tally = (m: Map<string, Tally>, k: string) => m.get(k) ?? m.set(k, { tp: 0, fp: 0, fn: 0 }).get(k)!
  items.forEach((item, i) => {
    const input = { text: item.text, ...(item.history ? { history: item.history } : {}) }
    const reasons = detect(defaults, input, modelFor(i)).reasons
    const got = new Set<string>(reasons.map((r) => r.kind))
    // Bot-builder keywords and patterns are not part of the default configuration scored here.
    const positive = item.expect.some((k) => k !== 'keyword' && k !== 'pattern')
    if (!positive && item.expect.length > 0) return
    const fired = got.size > 0
    if (listMistakes && positive !== fired)
      console.log(
        `  ${positive ? 'missed' : 'false alarm'} [${item.lang}] ${item.expect.join(',')} ${JSON.stringify(item.text)} got ${reasons.map((r) => r.rule).join(',')}`
      )
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
  console.log(`\n${title}, ${items.length} items:`)
  console.log(`  all items: ${pr(all)}`)
  console.log(
    `  negatives fired: ${negFired}/${neg}; hard negatives fired: ${hardFired}/${hardNeg} (FPR ${ratio(hardFired, hardNeg).toFixed(3)})`
  )
  for (const [k, t] of byKind) console.log(`  kind ${k}: ${pr(t)}`)
  for (const [l, t] of [...byLang].sort()) console.log(`  lang ${l}: ${pr(t)}`)
}
