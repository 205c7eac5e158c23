/**
 * What the HITL tab's refresh of an open session costs, in Botpress API calls made by the integration:
 * a session with N history messages and N live messages, read once whole, then one more message and a
 * refresh (`getSession` with `messagesAfter`). The refresh should cost the same for any N.
 * Run alone with `npx tsx bench/desk-session.ts`.
 */
import { endUserSays, startSession } from '../test/support/fixtures'
import { startHarness, type Harness } from '../test/support/hitl-harness'
import { runStandalone } from './figures'

const integrationCalls = async (h: Harness, run: () => Promise<unknown>) => {
  await h.standin.idle()
  h.standin.stats.reset()
  await run()
  return h.standin.stats.calls({ botId: h.botId, by: 'integration' })
}

export const runDeskSessionBench = async (): Promise<Record<string, number>> => {
  const h = await startHarness({ validate: false })
  try {
    const figures: Record<string, number> = {}
    for (const size of [10, 1000]) {
      const { conversationId, userId } = await startSession(h, { history: size })
      for (let i = 0; i < size; i += 50)
        await Promise.all(
          Array.from({ length: Math.min(50, size - i) }, (_, j) =>
            endUserSays(h, conversationId, userId, `live ${i + j}`)
          )
        )
      let newest = ''
      figures[`api_calls.get_session.full.h${size}`] = await integrationCalls(h, async () => {
        const { session } = await h.call('getSession', { conversationId })
        newest = session.messages.at(-1).createdAt
      })
      await endUserSays(h, conversationId, userId, 'one more')
      figures[`api_calls.get_session.refresh.h${size}`] = await integrationCalls(h, () =>
        h.call('getSession', { conversationId, messagesAfter: newest })
      )
    }
    return figures
  } finally {
    await h.close()
  }
}

if (require.main === module) runStandalone(runDeskSessionBench)
