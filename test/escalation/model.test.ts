import { describe, expect, it } from 'vitest'
import { modelScores } from '../../src/escalation/model/model'
import { normalizeText } from '../../src/escalation/normalize'
import { run } from './helpers'

const unseenLegal = 'I will be contacting my consumer ombudsperson and my legal adviser'

describe('learned model', () => {
  it('catches a phrasing no rule lists, and says it was the model and which words', () => {
    const reasons = run(unseenLegal).reasons
    expect(reasons.map((r) => [r.rule, r.kind])).toEqual([['model.legal', 'legal']])
    // The words that weighed most, quoted from the message
    expect(unseenLegal).toContain(reasons[0]!.match)
    expect(reasons[0]!.match.split(' ').length).toBeGreaterThanOrEqual(2)
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
    const s = modelScores(normalizeText('What are your opening hours on Sunday?'))
    for (const p of Object.values(s)) {
      expect(p).toBeGreaterThanOrEqual(0)
      expect(p).toBeLessThan(0.5)
    }
  })

  it('reads a long message sentence by sentence: a request after a long story still counts', () => {
    const story =
      'Guten Tag, seit dem Umzug im März bricht die Verbindung jeden Abend gegen acht ab. Ich habe den Router neu gestartet, das Kabel getauscht, alles auf Werkseinstellungen zurückgesetzt und jeden Schritt der Hilfeseiten befolgt, und der Speedtest zeigt immer noch nur einen Bruchteil dessen, was ich bezahle. Könnte sich bitte ein Techniker bei mir melden, damit wir das gemeinsam durchgehen?'
    expect(run(story, { detectors: { model: false } }).escalate).toBe(false)
    const reasons = run(story).reasons
    expect(reasons.map((r) => r.rule)).toEqual(['model.human-request'])
    expect(story.indexOf(reasons[0]!.match)).toBeGreaterThan(story.lastIndexOf('. '))
  })
})
