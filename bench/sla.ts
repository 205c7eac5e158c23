/**
 * What service levels cost the HITL tab's refresh: the pure evaluation and ordering of 100 open sessions (CPU
 * time per refresh), and the Botpress API calls listSessions makes with targets configured and without
 * (the same: the evaluation reads only the tags the queue already reads). Run alone with `npx tsx bench/sla.ts`.
 */
import { performance } from 'node:perf_hooks'
import type { Session } from '../src/session/session'
import { evaluateSla, slaQueueOrder, type SlaConfig } from '../src/session/sla'
import { startSession } from '../test/support/fixtures'
import { startHarness } from '../test/support/hitl-harness'
import { runStandalone, type Figures } from './figures'

const MIN = 60_000
const sla: SlaConfig = {
  low: { firstResponseMinutes: 60, resolutionMinutes: 480 },
  normal: { firstResponseMinutes: 30, resolutionMinutes: 240 },
  high: { firstResponseMinutes: 10, resolutionMinutes: 120 },
  urgent: { firstResponseMinutes: 2, resolutionMinutes: 60 },
  warningPercent: 20,
}
const priorities = ['low', 'normal', 'high', 'urgent'] as const

/** 100 open sessions of every priority, some answered, created over the last two hours. */
const openSessions = (now: number): Session[] =>
  Array.from({ length: 100 }, (_, i) => ({
    id: `conv_${i}`,
    status: i % 3 === 0 ? 'assigned' : 'pending',
    title: `session ${i}`,
    priority: priorities[i % 4]!,
    endUser: { id: `user_${i}` },
    createdAt: now - ((i * 37) % 120) * MIN,
    ...(i % 3 === 0 ? { firstResponseAt: now - ((i * 11) % 30) * MIN } : {}),
  }))

/** A refresh's share: evaluate every open session once, then order the queue. */
const evalMicrosPerRefresh = (): number => {
  const now = Date.now()
  const sessions = openSessions(now)
  const refresh = () => {
    const reports = new Map(sessions.map((s) => [s.id, evaluateSla(s, sla, now)]))
    return [...sessions].sort(slaQueueOrder(reports))
  }
  for (let i = 0; i < 200; i++) refresh()
  const runs = 2_000
  const start = performance.now()
  for (let i = 0; i < runs; i++) refresh()
  return ((performance.now() - start) * 1000) / runs
}

const listSessionsCalls = async (configuration: Record<string, unknown>, sessions: number): Promise<number> => {
  const h = await startHarness({ validate: false, configuration })
  try {
    for (let i = 0; i < sessions; i += 10)
      await Promise.all(
        Array.from({ length: Math.min(10, sessions - i) }, (_, j) =>
          startSession(h, { history: 0, priority: priorities[(i + j) % 4] })
        )
      )
    await h.standin.idle()
    h.standin.stats.reset()
    await h.call('listSessions', {})
    return h.standin.stats.calls({ botId: h.botId, by: 'integration' })
  } finally {
    await h.close()
  }
}

export const runSlaBench = async (): Promise<Figures> => ({
  'sla.eval_us_per_refresh.sessions_100': evalMicrosPerRefresh(),
  'sla.api_calls.list_sessions.sessions_40.without_targets': await listSessionsCalls({}, 40),
  'sla.api_calls.list_sessions.sessions_40.with_targets': await listSessionsCalls({ sla }, 40),
})

if (require.main === module) runStandalone(runSlaBench)
