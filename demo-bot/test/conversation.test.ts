import { describe, expect, it } from 'vitest'
import { handoffForVerdict } from '../src/start/check-escalation'
import { answerTo } from '../src/hooks/faq-answers'

describe("the bot's own conversation", () => {
  it('answers a few questions, echoes the rest, and always offers a person', () => {
    expect(answerTo('When are you open?', '/human')).toMatch(/^We are open Monday to Friday.*Type \/human/)
    expect(answerTo('purple elephants', '/human')).toBe(
      'You said: "purple elephants". I can help with opening hours, delivery and returns. Type /human to talk to a person.'
    )
  })

  it('turns an escalation into a card: titled by the first reason, high priority for legal or sensitive matters', () => {
    expect(
      handoffForVerdict({
        escalate: true,
        reasons: [
          { rule: 'sensitive-data.card', kind: 'sensitive-data', match: '**** **** **** 1111' },
          { rule: 'frustration', kind: 'frustration', match: 'useless' },
        ],
      })
    ).toEqual({
      title: 'Escalation: sensitive-data.card',
      description: 'sensitive-data: **** **** **** 1111; frustration: useless',
      priority: 'high',
      category: 'sensitive-data',
    })
    expect(
      handoffForVerdict({
        escalate: true,
        reasons: [{ rule: 'human-request', kind: 'human-request', match: 'a human' }],
      }).priority
    ).toBe('normal')
  })
})
