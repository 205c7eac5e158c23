import { describe, expect, it } from 'vitest'
import { scoreFixture } from '../../bench/escalation'
import { fixtureItems } from './fixtures/utterances'
import { round2Items } from './fixtures/utterances-round2'
import { round3Items } from './fixtures/utterances-round3'
import { heldout2Items } from './fixtures/heldout-2'
import { heldout3Items } from './fixtures/heldout-3'

describe('labelled set', () => {
  it('has at least 300 utterances in five languages, with negatives', () => {
    const all = [...fixtureItems, ...round2Items, ...round3Items, ...heldout2Items]
    expect(all.length).toBeGreaterThanOrEqual(300)
    expect(new Set(all.map((i) => i.lang))).toEqual(new Set(['en', 'fr', 'es', 'de', 'pt']))
    expect(all.filter((i) => i.expect.length === 0).length).toBeGreaterThan(100)
  })

  it('meets the precision and recall targets (a regression guard for detector changes)', () => {
    const { figures } = scoreFixture()
    expect(figures['escalation.precision']).toBeGreaterThanOrEqual(0.95)
    expect(figures['escalation.recall']).toBeGreaterThanOrEqual(0.9)
  })

  it('keeps the held-out set apart from the labelled set', () => {
    const key = (i: { text: string; history?: string[] }) => [i.text, ...(i.history ?? [])].join('\n').toLowerCase()
    const seen = new Set([...fixtureItems, ...round2Items, ...round3Items, ...heldout2Items].map(key))
    expect(heldout3Items.length).toBeGreaterThanOrEqual(200)
    expect(heldout3Items.filter((i) => seen.has(key(i))).map((i) => i.text)).toEqual([])
  })
})
