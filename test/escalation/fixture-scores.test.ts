import { describe, expect, it } from 'vitest'
import { fixtureItems, scoreFixture } from '../../bench/escalation'

describe('labelled set', () => {
  it('has utterances in seven languages, with negatives', () => {
    expect(fixtureItems.length).toBeGreaterThanOrEqual(800)
    expect(new Set(fixtureItems.map((i) => i.lang))).toEqual(new Set(['en', 'fr', 'es', 'de', 'pt', 'it', 'nl']))
    expect(fixtureItems.filter((i) => i.expect.length === 0).length).toBeGreaterThan(250)
  })

  it('meets the precision and recall targets (a regression guard for detector changes)', () => {
    const { figures } = scoreFixture()
    expect(figures['escalation.precision']).toBeGreaterThanOrEqual(0.95)
    expect(figures['escalation.recall']).toBeGreaterThanOrEqual(0.9)
  })
})
