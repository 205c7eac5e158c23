import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../src/escalation/normalize'
import { compilePhraseSet, runPhraseRules } from '../../src/escalation/phrase-rules'
import { fixtureItems } from '../../bench/escalation'

const w = (s: string) => new RegExp(s, 'g')
const rules = [
  { rule: 'a', negatable: true, re: w('\\btalk to (?:a|an) (?:human|agent)\\b') },
  { rule: 'b', re: w('\\blawyer\\b') },
  { rule: 'a', negatable: true, re: w('\\bspeak with someone\\b') },
  { rule: 'c', re: w('\\bjoke\\b'), reject: (t: string) => t.includes('haha') },
]

describe('phrase sets', () => {
  it('one combined scan finds exactly what one scan per group finds, negation and vetoes included', () => {
    const set = compilePhraseSet(rules)
    expect(set.any).not.toBeNull()
    const texts = [
      ...fixtureItems.map((i) => i.text),
      "I don't want to talk to a human. My lawyer says talk to an agent, this is a joke",
      'haha joke, no lawyer, not going to talk to a human, speak with someone',
    ]
    for (const text of texts) {
      const norm = normalizeText(text)
      for (const limit of [1, Infinity]) {
        expect(runPhraseRules(norm, 'legal', set, 40, limit)).toEqual(
          runPhraseRules(norm, 'legal', { ...set, any: null }, 40, limit)
        )
      }
    }
  })
})
