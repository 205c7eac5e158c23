import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ana, history, key } from '../support/fixtures'
import { startCrashWorld, type CrashWorld, type WritePoint } from '../support/crash-world'

/**
 * startHitl with auto-assignment on, the integration killed (SIGKILL) at each write the assignment adds, then
 * the call retried as the plugin would: the session ends up with the one agent chosen, announced once, and its
 * timeline says so once.
 */
let w: CrashWorld
beforeAll(async () => {
  w = await startCrashWorld({ routing: { mode: 'roundRobin' } })
  await w.call('setPresence', { agent: ana, presence: 'online' })
}, 30_000)
afterAll(() => w?.close())

const at = (operation: string, nth = 1): WritePoint => ({ operation, nth })

/** The writes of startHitl (4: conversation, transcript, status, timeline), then those of the automatic take. */
const autoAssignWrites = [
  at('getOrSetState', 3),
  at('updateConversation', 2),
  at('createEvent'),
  at('patchState'),
  at('setState'),
  at('setState', 2),
]

const startInput = async () => {
  const { userId } = await w.call<{ userId: string }>('createUser', {
    name: 'Erin End-User',
    email: `${key()}@no-reply.bot.botpress.com`,
  })
  return { userId, title: 'Refund request', messageHistory: history(2) }
}

describe('startHitl auto-assigning, killed at each write, then retried', () => {
  it('the crash points are every write the automatic take adds (the round robin cursor last)', async () => {
    const input = await startInput()
    const writes = await w.writesOf(() => w.call('startHitl', input))
    expect(writes).toEqual({
      getOrCreateConversation: 1,
      getOrSetState: 3,
      updateConversation: 2,
      createEvent: 1,
      patchState: 1,
      setState: 2,
    })
  }, 30_000)

  it.each(autoAssignWrites.map((p) => [`${p.operation} #${p.nth}`, p] as const))(
    'killed at %s: the retry finishes the same take, hitlAssigned once',
    async (_, point) => {
      const input = await startInput()
      await w.killAtWrite(point, () => w.call('startHitl', input))
      await w.integration.restart()
      const { conversationId } = await w.call<{ conversationId: string }>('startHitl', input)

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
