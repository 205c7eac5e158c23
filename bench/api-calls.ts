/**
 * Botpress API calls the integration makes per operation, counted by the stand-in: each call is a
 * round trip to Botpress Cloud, so these numbers are the integration's latency and rate-limit budget.
 */
import { ana, bo, endUserSays, history, key, startSession } from '../test/support/fixtures'
import { runStandalone } from './figures'
import { startHarness, type Harness } from '../test/support/hitl-harness'

const countIntegrationCalls = async (h: Harness, run: () => Promise<unknown>) => {
  await h.standin.idle()
  h.standin.stats.reset()
  await run()
  await h.standin.idle()
  return h.standin.stats.calls({ botId: h.botId, by: 'integration' })
}

export const runApiCallsBench = async (): Promise<Record<string, number>> => {
  const h = await startHarness({ validate: false })
  try {
    const figures: Record<string, number> = {}
    const { conversationId, userId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana })

    figures['api_calls.agent_message'] = await countIntegrationCalls(h, () =>
      h.call('sendAgentMessage', {
        conversationId,
        agent: ana,
        message: { type: 'text', payload: { text: 'hi' } },
        idempotencyKey: key(),
      })
    )
    figures['api_calls.user_message'] = await countIntegrationCalls(h, () =>
      endUserSays(h, conversationId, userId, 'hello')
    )

    for (const size of [10, 100, 1000]) {
      const { userId: endUser } = await h.call('createUser', { name: `History ${size}`, email: `${key()}@bench.test` })
      figures[`api_calls.start_hitl.h${size}`] = await countIntegrationCalls(h, () =>
        h.call('startHitl', { userId: endUser, title: 'bench', messageHistory: history(size) })
      )
    }

    // The HITL tab's queue as closed sessions pile up: counted to a cap, never read whole.
    let closed = 0
    for (const total of [10, 1000]) {
      while (closed < total) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(50, total - closed) }, () => startSession(h, { history: 0 }))
        )
        await Promise.all(batch.map((s) => h.call('stopHitl', { conversationId: s.conversationId })))
        closed += batch.length
      }
      figures[`api_calls.list_sessions.closed${total}`] = await countIntegrationCalls(h, () =>
        h.call('listSessions', {})
      )
    }
    return { ...figures, ...(await autoAssignCalls()) }
  } finally {
    await h.close()
  }
}

/** Agents online in the auto-assignment figures: each one's load is one read. */
const ONLINE_AGENTS = [ana, bo, { email: 'cy@desk.test', name: 'Cy Agent' }]

/**
 * What auto-assignment adds to startHitl (10 history messages), three agents online: the online agents (one
 * list), each one's load (one list each), the round robin cursor, and the take (claim, session re-read, tags,
 * event check and event, timeline, claim release).
 */
const autoAssignCalls = async (): Promise<Record<string, number>> => {
  const figures: Record<string, number> = {}
  const startCalls = async (h: Harness) => {
    for (const agent of ONLINE_AGENTS) await h.call('setPresence', { agent, presence: 'online' })
    const { userId } = await h.call('createUser', { name: 'Routed', email: `${key()}@bench.test` })
    return countIntegrationCalls(h, () => h.call('startHitl', { userId, title: 'bench', messageHistory: history(10) }))
  }
  for (const [mode, name] of [
    ['off', 'off'],
    ['leastBusy', 'least_busy'],
    ['roundRobin', 'round_robin'],
  ] as const) {
    const h = await startHarness({ validate: false, configuration: { routing: { mode } } })
    try {
      figures[`api_calls.start_hitl.auto_assign.${name}`] = await startCalls(h)
    } finally {
      await h.close()
    }
  }
  figures['api_calls.start_hitl.auto_assign'] =
    figures['api_calls.start_hitl.auto_assign.least_busy']! - figures['api_calls.start_hitl.auto_assign.off']!
  return figures
}

if (require.main === module) runStandalone(runApiCallsBench)
