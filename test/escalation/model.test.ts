import { describe, expect, it } from 'vitest'
import { modelScores } from '../../src/escalation/model/model'
import { normalizeText } from '../../src/escalation/normalize'
import { run } from './helpers'

const unseenLegal = 'I will be contacting my consumer ombudsperson and my legal adviser'

describe('learned model', () => {
  it('catches a phrasing no rule lists, and says it was the model and which words', () => {
    expect(run(unseenLegal).reasons).toEqual([
      { rule: 'model.legal', kind: 'legal', match: 'my consumer ombudsperson' },
    ])
  })

  it('stays out when a rule already explains the kind', () => {
    const reasons = run('I want to talk to a human').reasons
    expect(reasons.map((r) => r.rule)).toEqual(['human-request'])
  })

  it('is switched off with detectors.model, and with the kind it speaks for', () => {
    expect(run(unseenLegal, { detectors: { model: false } }).escalate).toBe(false)
    expect(run(unseenLegal, { detectors: { legal: false } }).escalate).toBe(false)
  })

  it('never reports sensitive data: a number that fails Luhn stays quiet however it is phrased', () => {
    const r = run('here is my credit card number 4111 1111 1111 1112 please charge it')
    expect(r.reasons.filter((x) => x.kind === 'sensitive-data')).toEqual([])
  })

  it('does not fire on negated requests', () => {
    expect(run("I don't need to speak to anyone, thanks").escalate).toBe(false)
  })

  it('scores are probabilities, and ordinary questions score low', () => {
    const s = modelScores(normalizeText('What are your opening hours on Sunday?').text)
    for (const p of Object.values(s)) {
      expect(p).toBeGreaterThanOrEqual(0)
      expect(p).toBeLessThan(0.5)
    }
  })
})
