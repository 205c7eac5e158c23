import { describe, expect, it } from 'vitest'
import { routingConfigSchema } from '../../src/definitions/routing'
import { chooseAgent, type Candidate } from '../../src/routing/choose-agent'

const agent = (name: string, load = 0): Candidate => ({
  agent: { userId: `user_${name}`, email: `${name}@desk.test`, name },
  load,
})
const config = (routing: Record<string, unknown>) => routingConfigSchema.parse(routing)
const chosen = (...args: Parameters<typeof chooseAgent>) => chooseAgent(...args)?.agent.name

describe('which online agent a session goes to', () => {
  it('least busy: the fewest sessions held, ties by email', () => {
    const leastBusy = config({ mode: 'leastBusy' })
    expect(chosen(leastBusy, undefined, [agent('cy', 2), agent('bo', 1), agent('ana', 3)])).toBe('bo')
    expect(chosen(leastBusy, undefined, [agent('cy', 1), agent('bo', 1)])).toBe('bo')
  })

  it('round robin: the agent after the last one chosen, then from the start again', () => {
    const roundRobin = config({ mode: 'roundRobin' })
    const online = [agent('cy'), agent('ana'), agent('bo')]
    expect(chosen(roundRobin, undefined, online)).toBe('ana')
    expect(chosen(roundRobin, undefined, online, 'ana@desk.test')).toBe('bo')
    expect(chosen(roundRobin, undefined, online, 'cy@desk.test')).toBe('ana')
    // The last one chosen went offline: the next after them still comes next.
    expect(chosen(roundRobin, undefined, [agent('ana'), agent('cy')], 'bo@desk.test')).toBe('cy')
  })

  it('teams match the category ignoring case; an agent without teams takes any; the reason names the team', () => {
    const routing = config({ mode: 'leastBusy', agents: [{ email: 'ana@desk.test', teams: ['Billing'] }] })
    expect(chooseAgent(routing, 'BILLING', [agent('ana')])).toMatchObject({
      why: 'Auto-assigned (least busy, team Billing)',
    })
    expect(chooseAgent(routing, 'shipping', [agent('ana')])).toBeUndefined()
    expect(chooseAgent(routing, 'shipping', [agent('ana'), agent('bo', 4)])).toMatchObject({
      agent: { name: 'bo' },
      why: 'Auto-assigned (least busy)',
    })
  })

  it('an agent at capacity, or with capacity 0, is never chosen; routing off chooses nobody', () => {
    const routing = config({
      mode: 'leastBusy',
      defaultCapacity: 2,
      agents: [{ email: 'ana@desk.test', capacity: 0 }],
    })
    expect(chosen(routing, undefined, [agent('ana'), agent('bo', 2)])).toBeUndefined()
    expect(chosen(routing, undefined, [agent('ana'), agent('bo', 1)])).toBe('bo')
    expect(chosen(config({}), undefined, [agent('ana')])).toBeUndefined()
  })
})
