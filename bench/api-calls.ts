/**
 * Botpress API calls the integration makes per operation, counted by the stand-in: each call is a
 * round trip to Botpress Cloud, so these numbers are the integration's latency and rate-limit budget.
 */
import { OFFER_GRACE_MS } from '../src/routing/auto-assign'
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
    return { ...figures, ...(await offerPendingCalls()) }
  } finally {
    await h.close()
  }
}

/** Agents online in the auto-assignment figures: each one's load is one read. */
const ONLINE_AGENTS = [ana, bo, { email: 'cy@desk.test', name: 'Cy Agent' }]

/**
 * What the desk's offer of pending sessions costs the integration, three agents online, one pending session:
 * - api_calls.offer_pending.too_new: the session started moments ago (the desk asks again at its next read): the
 *   pending list only.
 * - api_calls.offer_pending.<mode>: the session past the grace and assigned: the pending list, the online agents (one
 *   list), each one's load (one list each), the round robin cursor, and the take (claim, session re-read, tags, event
 *   check and event, timeline, claim release). `off` reads nothing.
 * The session's own start (startHitl) no longer offers it: `api_calls.start_hitl.h10` is its cost whatever the mode.
 */
const offerPendingCalls = async (): Promise<Record<string, number>> => {
  const figures: Record<string, number> = {}
  for (const [mode, name] of [
    ['off', 'off'],
    ['leastBusy', 'least_busy'],
    ['roundRobin', 'round_robin'],
  ] as const) {
    const h = await startHarness({ validate: false, configuration: { routing: { mode } } })
    try {
      for (const agent of ONLINE_AGENTS) await h.call('setPresence', { agent, presence: 'online' })
      const { userId } = await h.call('createUser', { name: 'Routed', email: `${key()}@bench.test` })
      await h.call('startHitl', { userId, title: 'bench', messageHistory: history(10) })
      const offer = () => h.call('offerPendingSessions', {})
      if (mode === 'leastBusy') figures['api_calls.offer_pending.too_new'] = await countIntegrationCalls(h, offer)
      // A bench runs on the real clock: the session comes of age as it would on the desk.
      await new Promise((resolve) => setTimeout(resolve, OFFER_GRACE_MS))
      figures[`api_calls.offer_pending.${name}`] = await countIntegrationCalls(h, offer)
    } finally {
      await h.close()
    }
  }
  return figures
}

if (require.main === module) runStandalone(runApiCallsBench)
