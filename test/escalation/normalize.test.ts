import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../src/escalation/normalize'
import { kinds, run } from './helpers'

describe('normalisation', () => {
  it('folds case, accents, fullwidth forms and typographic apostrophes', () => {
    expect(normalizeText('Ｃafé À L’ÉTÉ ß').text).toBe("cafe a l'ete ss")
  })

  it('matches accent-free and upper-case spellings of accented phrases', () => {
    expect(kinds('PARLER A UN CONSEILLER')).toContain('human-request')
    expect(kinds('Je veux parler à un conseiller')).toContain('human-request')
  })

  it('sees a card number typed with fullwidth digits and reports it masked in the original form', () => {
    const r = run('カード ４１１１ １１１１ １１１１ １１１１')
    expect(r.reasons).toEqual([
      { rule: 'sensitive-data.card', kind: 'sensitive-data', match: '**** **** **** １１１１' },
    ])
  })

  it('ignores zero-width characters used to split a word', () => {
    expect(kinds('talk to a hu\u200bman')).toContain('human-request')
  })

  it('handles a curly apostrophe in a negation', () => {
    expect(kinds('I don’t need a human')).not.toContain('human-request')
  })

  it('quotes the original text around folded characters', () => {
    const r = run('Je vais contacter mon AVOCAT')
    expect(r.reasons.map((x) => x.match)).toContain('mon AVOCAT')
  })
})
