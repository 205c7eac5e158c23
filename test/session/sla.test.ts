import { describe, expect, it } from 'vitest'
import type { Session } from '../../src/session/session'
import { evaluateSla, slaConfigOf, slaQueueOrder, type SlaConfig } from '../../src/session/sla'

const MIN = 60_000
const session = (over: Partial<Session> = {}): Session => ({
  id: 'conv_1',
  status: 'pending',
  title: 'Refund',
  priority: 'normal',
  endUser: { id: 'user_end' },
  createdAt: 0,
  ...over,
})
const config: SlaConfig = {
  normal: { firstResponseMinutes: 10, resolutionMinutes: 60 },
  urgent: { firstResponseMinutes: 2 },
  warningPercent: 20,
}

describe('service levels of one session', () => {
  it('has none when its priority has no target', () => {
    expect(evaluateSla(session({ priority: 'low' }), config, 5 * MIN)).toBeUndefined()
    expect(evaluateSla(session(), undefined, 5 * MIN)).toBeUndefined()
  })

  it('counts down to the due time, and is at risk within the last 20% of the target', () => {
    const early = evaluateSla(session(), config, 5 * MIN)!
    expect(early.state).toBe('onTrack')
    expect(early.firstResponse).toMatchObject({ dueAt: 10 * MIN, remainingMs: 5 * MIN, met: false, breached: false })
    expect(early.resolution).toMatchObject({ dueAt: 60 * MIN, remainingMs: 55 * MIN })
    expect(evaluateSla(session(), config, 8.5 * MIN)!.state).toBe('atRisk')
    expect(evaluateSla(session(), { ...config, warningPercent: 10 }, 8.5 * MIN)!.state).toBe('onTrack')
  })

  it('is breached past the due time, with the overdue time as a negative remainder', () => {
    const late = evaluateSla(session(), config, 12 * MIN)!
    expect(late.state).toBe('breached')
    expect(late.firstResponse).toMatchObject({ breached: true, met: false, remainingMs: -2 * MIN })
  })

  it('stops the first-response clock at the first answer: met in time, or breached for good', () => {
    const answered = evaluateSla(session({ status: 'assigned', firstResponseAt: 4 * MIN }), config, 30 * MIN)!
    expect(answered.firstResponse).toMatchObject({ met: true, breached: false, remainingMs: 6 * MIN })
    expect(answered.state).toBe('onTrack')
    const answeredLate = evaluateSla(session({ status: 'assigned', firstResponseAt: 11 * MIN }), config, 30 * MIN)!
    expect(answeredLate.firstResponse).toMatchObject({ met: false, breached: true })
    expect(answeredLate.state).toBe('breached')
  })

  it('a session closed in time meets its resolution target; one closed unanswered stops its clock', () => {
    const resolved = session({ status: 'closed', firstResponseAt: 1 * MIN, closedAt: 20 * MIN })
    expect(evaluateSla(resolved, config, 500 * MIN)!.state).toBe('met')
    const unanswered = evaluateSla(session({ status: 'closed', closedAt: 5 * MIN }), config, 500 * MIN)!
    expect(unanswered.firstResponse).toMatchObject({ met: false, breached: false, remainingMs: 5 * MIN })
    expect(unanswered.state).toBe('onTrack')
  })

  it('reads the configuration Botpress hands over, ignoring a value that does not parse', () => {
    expect(slaConfigOf({})).toEqual({ warningPercent: 20 })
    expect(slaConfigOf({ sla: { urgent: { firstResponseMinutes: -1 } } })).toBeUndefined()
    expect(slaConfigOf({ sla: { urgent: { firstResponseMinutes: 3 } } })?.urgent).toEqual({ firstResponseMinutes: 3 })
  })
})

describe('the queue with service levels', () => {
  it('puts breached, then about to breach, before the usual order of priority and wait', () => {
    const now = 9 * MIN
    const sessions = [
      session({ id: 'urgent-fresh', priority: 'urgent', createdAt: 8.5 * MIN }),
      session({ id: 'high-no-target', priority: 'high', createdAt: 0 }),
      session({ id: 'normal-at-risk', createdAt: 0 }),
      session({ id: 'urgent-breached', priority: 'urgent', createdAt: 6 * MIN }),
      session({ id: 'low-no-target', priority: 'low', createdAt: 0 }),
      session({ id: 'assigned-breached', status: 'assigned', priority: 'urgent', createdAt: 0 }),
    ]
    const reports = new Map(sessions.map((s) => [s.id, evaluateSla(s, config, now)]))
    expect(sessions.sort(slaQueueOrder(reports)).map((s) => s.id)).toEqual([
      'urgent-breached',
      'normal-at-risk',
      'urgent-fresh',
      'high-no-target',
      'low-no-target',
      'assigned-breached',
    ])
  })
})
