/**
 * Botpress API calls the integration makes per operation, counted by the stand-in: each call is a
 * round trip to Botpress Cloud, so these numbers are the integration's latency and rate-limit budget.
 */
import { ana, endUserSays, history, key, startSession } from '../test/support/fixtures'
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
    return figures
  } finally {
    await h.close()
  }
}
