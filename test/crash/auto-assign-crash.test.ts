import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OFFER_GRACE_MS } from '../../src/routing/auto-assign'
import { ana, history, key } from '../support/fixtures'
import { startCrashWorld, type CrashWorld, type WritePoint } from '../support/crash-world'

/**
 * The desk's offer of pending sessions with auto-assignment on, the integration killed (SIGKILL) at each write the
 * automatic take makes, then the call retried as the desk's loop does after a failure: the session ends up with
 * the one agent chosen, announced once, and its timeline says so once.
 */
let w: CrashWorld
beforeAll(async () => {
  w = await startCrashWorld({ routing: { mode: 'roundRobin' } })
  await w.call('setPresence', { agent: ana, presence: 'online' })
}, 30_000)
afterAll(() => w?.close())

const at = (operation: string, nth = 1): WritePoint => ({ operation, nth })

/** The writes of the automatic take: claim, tags, event, timeline, claim release, then the round robin cursor. */
const takeWrites = [
  at('getOrSetState'),
  at('updateConversation'),
  at('createEvent'),
  at('patchState'),
  at('setState'),
  at('setState', 2),
]

/**
 * A pending session old enough to be offered: the integration runs in its own process, so its clock is set back by
 * the grace while the session starts, then put right, instead of the test waiting.
 */
const pendingSession = async () => {
  const { userId } = await w.call<{ userId: string }>('createUser', {
    name: 'Erin End-User',
    email: `${key()}@no-reply.bot.botpress.com`,
  })
  await w.integration.setClock(-OFFER_GRACE_MS)
  const { conversationId } = await w.call<{ conversationId: string }>('startHitl', {
    userId,
    title: 'Refund request',
    messageHistory: history(2),
  })
  await w.integration.setClock(0)
  return conversationId
}
const offer = (finishInterrupted = false) => w.call('offerPendingSessions', { finishInterrupted })

describe("the desk's offer of pending sessions, killed at each write of the automatic take, then retried", () => {
  it('the crash points are every write the automatic take makes (the round robin cursor last)', async () => {
    await pendingSession()
    const writes = await w.writesOf(() => offer())
    expect(writes).toEqual({ getOrSetState: 1, updateConversation: 1, createEvent: 1, patchState: 1, setState: 2 })
  }, 30_000)

  it.each(takeWrites.map((p) => [`${p.operation} #${p.nth}`, p] as const))(
    'killed at %s: the retry finishes the same take, hitlAssigned once',
    async (_, point) => {
      const conversationId = await pendingSession()
      await w.killAtWrite(point, () => offer())
      await w.integration.restart()
      await offer(true)

      const { session } = await w.call<{ session: any }>('getSession', { conversationId })
      expect(session.status).toBe('assigned')
      expect(session.assignee.email).toBe(ana.email)
      const assigned = w.emitted().filter((e) => e.conversationId === conversationId && e.type === 'hitl:hitlAssigned')
      expect(assigned.map((e) => e.payload.userId)).toEqual([session.assignee.id])
      expect(session.timeline.map((t: any) => `${t.from}>${t.to} ${t.by.kind} ${t.why}`)).toEqual([
        'none>pending bot handoff requested: Refund request',
        'pending>assigned system Auto-assigned (round robin)',
      ])
      // The claim was released: the end user's /end (the bot's stop) closes the session.
      await w.call('stopHitl', { conversationId })
      expect((await w.call<{ session: any }>('getSession', { conversationId })).session.status).toBe('closed')
    },
    30_000
  )
})
