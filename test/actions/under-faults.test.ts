import { Client } from '@botpress/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ana, bo, endUserSays, key, startSession } from '../support/fixtures'
import { startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness({ seed: 11 })
})
afterAll(() => h.close())

/** The tab as it would run on Botpress: it retries throttling, server errors and dropped connections. */
const retryingDesk = () =>
  new Client({
    apiUrl: h.standin.url,
    token: h.standin.workspaceToken,
    botId: h.botId,
    retry: {
      retries: 8,
      retryCondition: (err) => !err.response || err.response.status === 429 || err.response.status >= 500,
      retryDelay: () => 5,
    },
  })

describe('under injected faults (20% of API requests throttled, failed or dropped)', () => {
  it('loses no agent message, duplicates none, and tells the plugin of each assignment once', async () => {
    const sessions = await Promise.all(Array.from({ length: 8 }, () => startSession(h)))
    const desk = retryingDesk()
    const call = (action: string, input: object) => desk.callAction({ type: `hitl:${action}`, input: input as never })

    h.standin.faults.set({ errorRate: 0.1, dropBeforeRate: 0.05, dropAfterRate: 0.05 })
    await Promise.all(
      sessions.map(async ({ conversationId }, i) => {
        await call('assignAgent', { conversationId, agent: i % 2 ? ana : bo })
        for (let m = 0; m < 10; m++) {
          await call('sendAgentMessage', {
            conversationId,
            agent: i % 2 ? ana : bo,
            message: { type: 'text', payload: { text: `answer ${m}` } },
            idempotencyKey: `${conversationId}-${m}`,
          })
        }
      })
    )
    h.standin.faults.reset()
    await h.standin.idle()

    for (const { conversationId } of sessions) {
      const { session } = await h.call('getSession', { conversationId })
      expect(session.messages.map((m: any) => m.payload.text)).toEqual(
        Array.from({ length: 10 }, (_, m) => `answer ${m}`)
      )
      const assigned = h.emitted().filter((e) => e.type === 'hitl:hitlAssigned' && e.conversationId === conversationId)
      expect(assigned).toHaveLength(1)
    }
  })

  it("acknowledges every end-user message although a fifth of the integration's calls fail", async () => {
    const { conversationId, userId } = await startSession(h)
    const plugin = retryingDesk()
    // Throttling and server errors only: they come before any write, so the plugin's plain createMessage may retry.
    h.standin.faults.set({ errorRate: 0.2 })
    const sent = []
    for (let m = 0; m < 10; m++)
      sent.push(await endUserSays(h, conversationId, userId, `question ${m} ${key()}`, plugin))
    h.standin.faults.reset()
    await h.standin.idle()
    for (const message of sent) {
      expect((await h.api.getMessage({ id: message.id })).message.tags['hitl:sender']).toBe('end-user')
    }
  })
})
