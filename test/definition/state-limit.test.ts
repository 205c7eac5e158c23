import { describe, expect, it } from 'vitest'
import definition from '../../integration.definition'

describe('the definition fits Botpress limits', () => {
  it('declares at most 5 states, as Botpress documents for an integration', () => {
    expect(Object.keys(definition.states ?? {})).toEqual([
      'transcript',
      'transcript2',
      'transcript3',
      'timeline',
      'claim',
    ])
  })
})
