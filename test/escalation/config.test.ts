import { RuntimeError } from '@botpress/sdk'
import { describe, expect, it } from 'vitest'
import { compileEscalationRules, EscalationConfigError } from '../../src/escalation/compile'
import { checkEscalationConfig } from '../../src/escalation/register-check'
import { escalationConfigSchema } from '../../src/definitions/escalation'
import { kinds, run } from './helpers'

function errorOf(fn: () => unknown): Error {
  try {
    fn()
  } catch (e) {
    return e as Error
  }
  throw new Error('expected an error')
}

describe('escalation configuration', () => {
  it('accepts an empty object with every detector on', () => {
    const parsed = escalationConfigSchema.parse({})
    expect(parsed).toEqual({
      keywords: [],
      patterns: [],
      detectors: { humanRequest: true, sensitiveData: true, legal: true, frustration: true, model: true },
      languages: { en: true, fr: true, es: true, de: true, pt: true, it: true, nl: true },
    })
    expect(compileEscalationRules(parsed).detectors).toEqual(parsed.detectors)
    expect(compileEscalationRules(parsed).languages).toEqual(parsed.languages)
  })

  it('matches keywords as whole words, ignoring case, accents and plurals', () => {
    const config = { keywords: ['chargeback', 'résiliation'] }
    expect(run('Any CHARGEBACKS on my account?', config).reasons).toContainEqual({
      rule: 'keyword:chargeback',
      kind: 'keyword',
      match: 'CHARGEBACKS',
    })
    expect(kinds('comment se passe la resiliation ?', config)).toEqual(['keyword'])
    expect(kinds('I charged back... no wait', config)).toEqual([])
  })

  it('runs custom patterns and names them in the reason', () => {
    const r = run('Any update on ticket #483920?', { patterns: ['\\bticket\\s*#?\\s*\\d{5,8}\\b'] })
    expect(r.reasons).toEqual([
      { rule: 'pattern:\\bticket\\s*#?\\s*\\d{5,8}\\b', kind: 'pattern', match: 'ticket #483920' },
    ])
  })

  it('refuses an invalid regular expression, naming it and its field', () => {
    const e = errorOf(() => compileEscalationRules({ patterns: ['ok', '(unclosed'] }))
    expect(e).toBeInstanceOf(EscalationConfigError)
    expect(e.message).toContain('"(unclosed"')
    expect(e.message).toContain('escalation.patterns[1]')
  })

  it.each([
    ['(a)\\1', 'backreferences'],
    ['(?<word>a)\\k<word>', 'backreferences'],
    ['refund(?! policy)', 'lookahead'],
    ['(?<=my )card', 'lookbehind'],
    ['(?<!not )cancel', 'lookbehind'],
  ])('refuses %j, which the linear-time engine cannot run, saying why', (pattern, why) => {
    const e = errorOf(() => compileEscalationRules({ patterns: ['ok', pattern] }))
    expect(e).toBeInstanceOf(EscalationConfigError)
    expect(e.message).toContain(JSON.stringify(pattern))
    expect(e.message).toContain('escalation.patterns[1]')
    expect(e.message).toContain(why)
  })

  it.each(['\\(?=x\\)', '[(?=]x', '\\\\1'])(
    'does not mistake the escaped or bracketed %j for lookaround',
    (pattern) => {
      expect(() => compileEscalationRules({ patterns: [pattern] })).not.toThrow()
    }
  )

  it.each(['(?:\\d{1,3}\\.){3}\\d{1,3}', '\\b(?:vip|platinum)\\s+member\\b', '\\w+@\\w+\\.com', '^cancel$'])(
    'accepts the ordinary pattern %j',
    (pattern) => {
      expect(() => compileEscalationRules({ patterns: [pattern] })).not.toThrow()
    }
  )

  it('refuses an empty keyword, naming its field', () => {
    expect(errorOf(() => compileEscalationRules({ keywords: ['refund', '  '] })).message).toContain(
      'escalation.keywords[1]'
    )
  })

  it('refuses a non-boolean detector switch', () => {
    expect(
      errorOf(() => compileEscalationRules({ detectors: { legal: 'yes' as unknown as boolean } })).message
    ).toContain('escalation.detectors.legal')
  })

  it('registration check throws a RuntimeError naming the pattern and the field', () => {
    const e = errorOf(() => checkEscalationConfig({ patterns: ['(a)\\1'] }))
    expect(e).toBeInstanceOf(RuntimeError)
    expect(e.message).toContain('backreferences')
    expect(e.message).toContain('escalation.patterns[0]')
    expect(() => checkEscalationConfig(undefined)).not.toThrow()
  })

  it('keeps anchors meaningful on long texts', () => {
    const long = 'filler '.repeat(400)
    expect(kinds(`cancel ${long}`, { patterns: ['^cancel'] })).toEqual(['pattern'])
    expect(kinds(`${long} cancel ${long}`, { patterns: ['^cancel'] })).toEqual([])
    expect(kinds(`${long} ticket 123456 ${long}`, { patterns: ['ticket \\d{6}'] })).toEqual(['pattern'])
  })
})

describe('adversarial input', () => {
  it('returns on 10 KB inputs with every built-in and custom rules', () => {
    const config = { keywords: ['chargeback'], patterns: ['\\bticket\\s*#?\\s*\\d{5,8}\\b', 'a.*b'] }
    for (const unit of ['a', '1 ', 'a@', '+1 ', 'de89 ', 'talk to ', '!?']) {
      const text = unit.repeat(Math.ceil(10240 / unit.length)).slice(0, 10240)
      expect(run(text, config).escalate).toBeTypeOf('boolean')
    }
  })

  it.each([
    ['(a+)+$', 'a'.repeat(10240) + '!', 'a'.repeat(10240)],
    ['(\\w+\\s?)*x', 'a'.repeat(10240), 'a'.repeat(10240) + 'x'],
    ['(a|aa)*b', 'a'.repeat(10240), 'a'.repeat(10240) + 'b'],
  ])('runs the once-catastrophic %j on 10 KB in linear time, with and without a match', (pattern, miss, hit) => {
    expect(run(miss, { patterns: [pattern] }).escalate).toBe(false)
    expect(kinds(hit, { patterns: [pattern] })).toContain('pattern')
  })
})
