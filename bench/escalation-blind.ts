/**
 * Scores a blind set (the file at BLIND_PATH) with the default configuration,
 * as a bot builder who adds no keyword or pattern would run it. Item level: an item labelled with a
 * kind is a positive, `none` a negative; an escalation on a negative is a false positive. Per kind,
 * a hit needs a reason of that kind; any other kind firing on an item counts against that kind's precision.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileEscalationRules } from '../src/escalation/compile'
import { detect } from '../src/escalation/detect'
import type { EscalationKind, EscalationRulesConfig } from '../src/escalation/types'
import { blindLabelKind, type BlindItem } from '../test/escalation/fixtures/blind-set-items'

/** The blind set scored: blind-7, written from the spec alone and frozen; never trained or tuned on. */
const BLIND_PATH = join(__dirname, '..', 'test', 'escalation', 'fixtures', 'blind-7.json')

export type BlindMiss = { item: BlindItem; got: string[] }

export function scoreBlind(config: EscalationRulesConfig = {}): {
  figures: Record<string, number>
  misses: BlindMiss[]
  falseAlarms: BlindMiss[]
} {
  const items = JSON.parse(readFileSync(BLIND_PATH, 'utf8')) as BlindItem[]
  const rules = compileEscalationRules(config)
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Number((a / b).toFixed(4)))
  const t = { tp: 0, fp: 0, fn: 0 }
  const byLang = new Map<string, { tp: number; fp: number; fn: number }>()
  const byKind = new Map<EscalationKind, { tp: number; fp: number; fn: number }>()
  let hardNeg = 0
  let hardNegFired = 0
  const misses: BlindMiss[] = []
  const falseAlarms: BlindMiss[] = []
  for (const item of items) {
    const res = detect(rules, { text: item.text })
    const got = new Set(res.reasons.map((r) => r.kind))
    const want = blindLabelKind[item.kind]
    const lang = byLang.get(item.lang) ?? { tp: 0, fp: 0, fn: 0 }
    byLang.set(item.lang, lang)
    if (want) {
      if (res.escalate) {
        t.tp++
        lang.tp++
      } else {
        t.fn++
        lang.fn++
      }
      const k = byKind.get(want) ?? { tp: 0, fp: 0, fn: 0 }
      byKind.set(want, k)
      if (got.has(want)) k.tp++
      else {
        k.fn++
        misses.push({ item, got: res.reasons.map((r) => r.rule) })
      }
    } else {
      if (item.hard) hardNeg++
      if (res.escalate) {
        t.fp++
        lang.fp++
        if (item.hard) hardNegFired++
        falseAlarms.push({ item, got: res.reasons.map((r) => `${r.rule} "${r.match}"`) })
      }
    }
    for (const g of got) {
      if (g === want) continue
      const k = byKind.get(g) ?? { tp: 0, fp: 0, fn: 0 }
      byKind.set(g, k)
      k.fp++
    }
  }
  const figures: Record<string, number> = {
    'escalation.blind.items': items.length,
    'escalation.blind.precision': ratio(t.tp, t.tp + t.fp),
    'escalation.blind.recall': ratio(t.tp, t.tp + t.fn),
    'escalation.blind.hard_negative_fpr': ratio(hardNegFired, hardNeg),
  }
  for (const kind of ['human-request', 'legal', 'frustration', 'sensitive-data'] as const) {
    const k = byKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 }
    figures[`escalation.blind.kind.${kind}.precision`] = ratio(k.tp, k.tp + k.fp)
    figures[`escalation.blind.kind.${kind}.recall`] = ratio(k.tp, k.tp + k.fn)
  }
  for (const [lang, l] of [...byLang.entries()].sort()) {
    figures[`escalation.blind.lang.${lang}.precision`] = ratio(l.tp, l.tp + l.fp)
    figures[`escalation.blind.lang.${lang}.recall`] = ratio(l.tp, l.tp + l.fn)
  }
  return { figures, misses, falseAlarms }
}

if (require.main === module) {
  const { figures, misses, falseAlarms } = scoreBlind()
  for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${value}`)
  if (process.argv.includes('--misses')) {
    for (const m of misses)
      console.log(`missed ${m.item.kind} [${m.item.lang}] ${JSON.stringify(m.item.text)} got=${m.got.join(',')}`)
    for (const m of falseAlarms)
      console.log(
        `false alarm [${m.item.lang}${m.item.hard ? ', hard' : ''}] ${JSON.stringify(m.item.text)} got=${m.got.join('; ')}`
      )
  }
}
