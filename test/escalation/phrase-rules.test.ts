import { describe, expect, it } from 'vitest'
import { fixtureItems } from '../../bench/escalation'
import { frustrationRules } from '../../src/escalation/detectors/frustration'
import { humanRequestRules } from '../../src/escalation/detectors/human-request'
import { legalRules } from '../../src/escalation/detectors/legal'
import { literalGate, mayMatch, requiredLiterals } from '../../src/escalation/literal-gate'
import { normalizeText } from '../../src/escalation/normalize'
import { compilePhraseSet, runPhraseRules } from '../../src/escalation/phrase-rules'

const w = (s: string) => new RegExp(s, 'g')
const toyRules = [
  { rule: 'a', negatable: true, re: w('\\btalk to (?:a|an) (?:human|agent)\\b') },
  { rule: 'b', re: w('\\blawyer\\b') },
  { rule: 'a', negatable: true, re: w('\\bspeak with someone\\b') },
  { rule: 'c', re: w('\\bjoke\\b'), reject: (t: string) => t.includes('haha') },
]
const texts = [
  ...fixtureItems.map((i) => normalizeText(i.text).text),
  "i don't want to talk to a human. my lawyer says talk to an agent, this is a joke",
]

describe('phrase sets', () => {
  it('finds what the rules find, negation and vetoes included, whether the gate skips a group or not', () => {
    const set = compilePhraseSet(toyRules)
    const ungated = { ...set, gates: set.gates.map(() => null) }
    expect(set.gates.some((g) => g !== null)).toBe(true)
    for (const text of [...texts, 'haha joke, no lawyer, not going to talk to a human, speak with someone']) {
      const norm = normalizeText(text)
      for (const limit of [1, Infinity])
        expect(runPhraseRules(norm, 'legal', set, 40, limit)).toEqual(runPhraseRules(norm, 'legal', ungated, 40, limit))
    }
    expect(runPhraseRules(normalizeText('My lawyer will call'), 'legal', set)).toEqual([
      { rule: 'b', kind: 'legal', start: 3, end: 9 },
    ])
  })

  it('derives the words a match must contain, and none where a pattern has none', () => {
    expect(requiredLiterals('\\b(?:lawyer|attorney)s?\\b')).toEqual(['lawyer', 'attorney'])
    expect(requiredLiterals('\\b(?:mon|notre)\\s+avocats?\\b(?!\\s+bio)')).toEqual(['avocat'])
    expect(requiredLiterals('\\b(?:want|need)\\s+(?:a\\s+)?(?:human|person)')).toEqual(['want', 'need'])
    expect(requiredLiterals('\\b(?:x|yz)?\\d+')).toBeNull()
    expect(literalGate('\\bab\\b')).toBeNull() // too short to judge by trigrams: always scanned
    const gate = literalGate('\\b(?:lawyer|attorney)s?\\b')
    expect(mayMatch(gate, 'my attorneys will write')).toBe(true)
    expect(mayMatch(gate, 'where is my parcel')).toBe(false)
  })

  it('never skips a built-in group on a message it matches', () => {
    for (const builtins of [humanRequestRules, legalRules, frustrationRules]) {
      const set = compilePhraseSet(builtins)
      expect(set.gates.filter((g) => g === null).length).toBeLessThan(set.groups.length / 10)
      const ungated = { ...set, gates: set.gates.map(() => null) }
      for (const text of texts) {
        const norm = normalizeText(text)
        expect(runPhraseRules(norm, 'legal', set)).toEqual(runPhraseRules(norm, 'legal', ungated))
      }
    }
  })
})
