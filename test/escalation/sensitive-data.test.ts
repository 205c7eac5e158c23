import { describe, expect, it } from 'vitest'
import { run } from './helpers'

const reasonsOf = (text: string) => run(text).reasons.filter((r) => r.kind === 'sensitive-data')

describe('sensitive-data detector', () => {
  it('reports a Luhn-valid card number masked, keeping the last 4 digits', () => {
    expect(reasonsOf('My card number is 4111 1111 1111 1111')).toEqual([
      { rule: 'sensitive-data.card', kind: 'sensitive-data', match: '**** **** **** 1111' },
    ])
  })

  it('ignores a 16-digit order number that fails Luhn', () => {
    expect(run('My order number is 4111 1111 1111 1112').escalate).toBe(false)
    expect(run('Order #1234567812345678 has not shipped').escalate).toBe(false)
  })

  it('reports a valid IBAN masked and ignores one with a bad checksum', () => {
    expect(reasonsOf('Meine IBAN lautet DE89 3704 0044 0532 0130 00')).toEqual([
      { rule: 'sensitive-data.iban', kind: 'sensitive-data', match: 'DE** **** **** **** **30 00' },
    ])
    expect(run('Die IBAN DE89 3704 0044 0532 0130 01 stimmt nicht').escalate).toBe(false)
  })

  it('reports a US SSN masked and ignores impossible ones', () => {
    expect(reasonsOf('My SSN is 123-45-6789')).toEqual([
      { rule: 'sensitive-data.ssn', kind: 'sensitive-data', match: '***-**-6789' },
    ])
    expect(run('The serial is 666-12-3456').escalate).toBe(false)
    expect(run('starts with 000-12-3456').escalate).toBe(false)
  })

  it('masks email addresses as j***@e***.com', () => {
    expect(reasonsOf('My email is john.doe@example.com')).toEqual([
      { rule: 'sensitive-data.email', kind: 'sensitive-data', match: 'j***@e***.com' },
    ])
  })

  it('reports phone numbers with only the last two digits visible', () => {
    expect(reasonsOf('Call me at +1 (415) 555-0132')).toEqual([
      { rule: 'sensitive-data.phone', kind: 'sensitive-data', match: '+* (***) ***-**32' },
    ])
    expect(reasonsOf('Appelez-moi au 06 12 34 56 78')[0]?.match).toBe('** ** ** ** 78')
  })

  it.each([
    'The zip code is 94107',
    'It costs $1,299.99 plus 8.25% tax',
    'Lieferung am 12.03.2024 zwischen 10 und 12 Uhr',
    'My twitter handle is @janedoe',
  ])('stays quiet on %j', (text) => {
    expect(run(text).escalate).toBe(false)
  })

  it('never returns the card number in clear, even through a custom pattern', () => {
    const r = run('pay with 4111111111111111 now', { patterns: ['pay with \\d+'], detectors: { sensitiveData: false } })
    expect(r.reasons).toEqual([{ rule: 'pattern:pay with \\d+', kind: 'pattern', match: 'pay with ************1111' }])
    expect(JSON.stringify(r)).not.toContain('4111111111111111')
  })

  describe('round 4: national mobile numbers without separators', () => {
    it.each([
      'Rappelez-moi au 0712345678',
      'Erreichbar unter 0152 12345678',
      'meu whats é 21 99876-5432',
      'mi numero 0034 612 345 678',
    ])('fires on %j', (text) => {
      expect(reasonsOf(text).map((r) => r.rule)).toEqual(['sensitive-data.phone'])
    })

    it.each(['Order 21998765432 has not shipped', 'Tracking: 0123456789 (Colissimo)', 'Version 0.7.12345678'])(
      'stays quiet on %j',
      (text) => {
        expect(reasonsOf(text)).toEqual([])
      }
    )
  })

  describe('round 7', () => {
    it.each([
      ['pagato con maestro 5018 1754 1511 2391 095 ma risulta non pagato', 'sensitive-data.card'],
      ['Mis Natel isch neu 079 412 55 83, bitte aapasse', 'sensitive-data.phone'],
      ['Mijn nieuwe nummer is 06-41 88 27 35, kunt u dat aanpassen?', 'sensitive-data.phone'],
    ])('fires on %j', (text, rule) => {
      expect(reasonsOf(text).map((r) => r.rule)).toContain(rule)
    })

    it('masks a 19-digit Maestro number, keeping the last 4', () => {
      const r = reasonsOf('maestro 5018 1754 1511 2391 095')
      expect(JSON.stringify(r)).not.toContain('2391')
      expect(r[0]!.match.endsWith('1 095')).toBe(true)
    })
  })
})
