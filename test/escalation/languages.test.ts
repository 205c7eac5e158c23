import { describe, expect, it } from 'vitest'
import { escalationConfigSchema } from '../../src/definitions/escalation'
import { compileEscalationRules, EscalationConfigError } from '../../src/escalation/compile'
import { kinds } from './helpers'

describe('Italian and Dutch built-ins', () => {
  it.each([
    ['Vorrei parlare con un operatore', 'human-request'],
    ['mi richiamate domani?', 'human-request'],
    ['vi faccio causa', 'legal'],
    ['è una vergogna', 'frustration'],
    ['Ik wil met een medewerker spreken', 'human-request'],
    ['kunt u mij terugbellen?', 'human-request'],
    ['ik stap naar de rechter', 'legal'],
    ['dit is schandalig', 'frustration'],
  ])('%j -> %s', (text, kind) => {
    expect(kinds(text)).toContain(kind)
  })

  it.each([
    'non ho bisogno di un operatore',
    'mio fratello è avvocato',
    'ik hoef geen medewerker',
    'mijn zus is advocaat',
  ])('stays quiet on the near miss %j', (text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('language switches', () => {
  it('defaults to every language on', () => {
    expect(escalationConfigSchema.parse({}).languages).toEqual({
      en: true,
      fr: true,
      es: true,
      de: true,
      pt: true,
      it: true,
      nl: true,
    })
  })

  it('a language switched off no longer fires, the others still do', () => {
    // The learned model reads every language (it has no language of its own): switched off here to see the rules alone.
    const config = { languages: { it: false }, detectors: { model: false } }
    expect(kinds('Vorrei parlare con un operatore', config)).toEqual([])
    expect(kinds('vi faccio causa', config)).toEqual([])
    expect(kinds('Ik wil met een medewerker spreken', config)).toEqual(['human-request'])
    expect(kinds('talk to a human', { languages: { en: false }, detectors: { model: false } })).toEqual([])
  })

  it('finds card numbers whatever the languages', () => {
    const none = { languages: { en: false, fr: false, es: false, de: false, pt: false, it: false, nl: false } }
    expect(kinds('4111 1111 1111 1111', none)).toEqual(['sensitive-data'])
  })

  it('refuses a non-boolean language switch, naming the field', () => {
    expect(() => compileEscalationRules({ languages: { nl: 'yes' as unknown as boolean } })).toThrow(
      new EscalationConfigError('escalation.languages.nl must be true or false', 'escalation.languages.nl')
    )
  })
})

describe('issue 15 gaps, by family', () => {
  it.each([
    ['I am going to file a chargeback', 'legal'],
    ['Consider this formal notice', 'legal'],
    ['je porte plainte', 'legal'],
    ['ya puse mi queja en Profeco', 'legal'],
    ['rappelez-moi au plus vite', 'human-request'],
    ['Können Sie mich zurückrufen?', 'human-request'],
    ['vocês podem me ligar amanhã?', 'human-request'],
    ['Ich will Ihren Chef sprechen', 'human-request'],
    ['le pire service client de ma vie', 'frustration'],
    ['Funktioniert schon wieder nicht', 'frustration'],
    ['my Elo card is 6363 6800 0000 0007', 'sensitive-data'],
    ['card 4111.1111.1111.1111', 'sensitive-data'],
  ])('%j -> %s', (text, kind) => {
    expect(kinds(text)).toContain(kind)
  })

  it.each([
    'THANK YOU SO MUCH!!!',
    'esse bolo é absurdo de bom',
    'Any chargebacks on my account?',
    'rappelez-moi le prix',
  ])('stays quiet on %j', (text) => {
    expect(kinds(text, { keywords: [] })).toEqual([])
  })
})
