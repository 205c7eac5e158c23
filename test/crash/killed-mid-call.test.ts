import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ana, bo, history, key } from '../support/fixtures'
import { startCrashWorld, type CrashWorld, type WritePoint } from '../support/crash-world'

/**
 * The integration runs as its own process and is killed (SIGKILL) while each write of a call is in flight;
 * the caller then retries against a new process. After the retry the session must be whole: its tags, its
 * timeline and the events the plugin heard tell the same story, each event exactly once, and a session that
 * a crash left half-made is never listed nor assignable.
 */
let w: CrashWorld
beforeAll(async () => {
  w = await startCrashWorld()
}, 30_000)
afterAll(() => w?.close())

const at = (operation: string, nth = 1): WritePoint => ({ operation, nth })
const name = (p: WritePoint) => `${p.operation}${p.nth > 1 ? ` #${p.nth}` : ''}`

const endUser = async () =>
  (
    await w.call<{ userId: string }>('createUser', {
      name: 'Erin End-User',
      email: `${key()}@no-reply.bot.botpress.com`,
    })
  ).userId
const startInput = (userId: string) => ({
  userId,
  title: 'Refund request',
  description: 'The user wants a refund for order 42',
  messageHistory: history(3),
})
const start = async () =>
  (await w.call<{ conversationId: string }>('startHitl', startInput(await endUser()))).conversationId
const take = (conversationId: string) => w.call('assignAgent', { conversationId, agent: ana, intent: 'take' })
const transfer = (conversationId: string) =>
  w.call('assignAgent', { conversationId, agent: bo, by: ana, intent: 'assign', holder: ana.email, reason: 'billing' })
const handBack = (conversationId: string) =>
  w.call('closeSession', { conversationId, agent: ana, reason: 'refund issued' })
const stop = (conversationId: string) => w.call('stopHitl', { conversationId })

const eventsOf = (conversationId: string, type: string) =>
  w.emitted().filter((e) => e.conversationId === conversationId && e.type === `hitl:${type}`)
const emailOf = async (userId: string) => (await w.api.getUser({ id: userId })).user.tags['hitl:email']

/** The session as the agent sees it, checked against what the plugin heard. */
const whole = async (conversationId: string) => {
  const { session } = await w.call<{ session: any }>('getSession', { conversationId })
  const timeline = session.timeline.map((t: any) => `${t.from}>${t.to}${t.agent?.email ? ` ${t.agent.email}` : ''}`)
  const assigned = await Promise.all(eventsOf(conversationId, 'hitlAssigned').map((e) => emailOf(e.payload.userId)))
  return {
    status: session.status,
    assignee: session.assignee?.email,
    timeline,
    assigned,
    stopped: eventsOf(conversationId, 'hitlStopped').length,
    transcript: session.transcript.length,
  }
}

/** A call's writes, in the order it makes them: the test kills the process at each one. */
const crashPoints = {
  startHitl: [at('getOrCreateConversation'), at('getOrSetState'), at('updateConversation'), at('getOrSetState', 2)],
  take: [
    at('getOrCreateUser'),
    at('getOrSetState'),
    at('updateConversation'),
    at('createEvent'),
    at('patchState'),
    at('setState'),
  ],
  transfer: [at('getOrCreateUser'), at('updateConversation'), at('createEvent'), at('patchState')],
  handBack: [at('getOrSetState'), at('updateConversation'), at('createEvent'), at('patchState')],
  stop: [at('getOrSetState'), at('updateConversation'), at('patchState')],
}

/** Kills the process at `point` of `call`, starts a new one, and repeats the call as the caller would. */
const crashThenRetry = async (point: WritePoint, call: () => Promise<unknown>) => {
  await w.killAtWrite(point, call)
  await w.integration.restart()
  return call()
}

const writesCounted = (points: WritePoint[]) => {
  const counts: Record<string, number> = {}
  for (const p of points) counts[p.operation] = Math.max(counts[p.operation] ?? 0, p.nth)
  return counts
}

describe('a process killed at each write, then the call retried', () => {
  it('the crash points are every write each call makes', async () => {
    const userId = await endUser()
    const s1 = await w.call<{ conversationId: string }>('startHitl', startInput(await endUser()))
    expect(await w.writesOf(() => w.call('startHitl', startInput(userId)))).toEqual(
      writesCounted(crashPoints.startHitl)
    )
    const [a, b] = [s1.conversationId, await start()]
    // ana's user exists from here on, as it does when the crash tests take and transfer.
    expect(await w.writesOf(() => take(a))).toEqual(writesCounted(crashPoints.take))
    expect(await w.writesOf(() => transfer(a))).toEqual(writesCounted(crashPoints.transfer))
    await take(b)
    expect(await w.writesOf(() => handBack(b))).toEqual(writesCounted(crashPoints.handBack))
    const c = await start()
    await take(c)
    expect(await w.writesOf(() => stop(c))).toEqual(writesCounted(crashPoints.stop))
  }, 60_000)

  it.each(crashPoints.startHitl.map((p) => [name(p), p] as const))(
    'startHitl killed at %s: nothing half-made is listed or assignable; the retry completes one session',
    async (_, point) => {
      const userId = await endUser()
      await w.killAtWrite(point, () => w.call('startHitl', startInput(userId)))
      await w.integration.restart()

      const { conversations } = await w.api.listConversations({ tags: { 'hitl:endUser': userId } })
      const listed = (await w.call<{ sessions: any[] }>('listSessions', { status: 'all' })).sessions
      // Each conversation the crash left is either a whole session in the list, or neither listed nor assignable.
      const seen = await Promise.all(
        conversations.map(async (c) =>
          listed.some((s) => s.id === c.id)
            ? `listed with ${(await whole(c.id)).transcript} messages`
            : `not listed; ${await w.call('assignAgent', { conversationId: c.id, agent: ana, intent: 'take' }).then(
                () => 'assignable',
                (err: Error) => err.message
              )}`
        )
      )
      expect(seen).toEqual(
        conversations.map(() => expect.stringMatching(/^(listed with 3 messages|not listed; .*not a HITL session)/))
      )

      const { conversationId } = await w.call<{ conversationId: string }>('startHitl', startInput(userId))
      expect(conversations.every((c) => c.id === conversationId)).toBe(true)
      expect((await w.call<{ sessions: any[] }>('listSessions', {})).sessions.map((s) => s.id)).toContain(
        conversationId
      )
      expect(await whole(conversationId)).toEqual({
        status: 'pending',
        assignee: undefined,
        timeline: ['none>pending'],
        assigned: [],
        stopped: 0,
        transcript: 3,
      })
    },
    30_000
  )

  it.each(crashPoints.take.map((p) => [name(p), p] as const))(
    "'Assign to me' killed at %s: assigned once, announced once, recorded once",
    async (_, point) => {
      const conversationId = await start()
      await crashThenRetry(point, () => take(conversationId))
      await w.standin.idle()
      expect(await whole(conversationId)).toMatchObject({
        status: 'assigned',
        assignee: ana.email,
        timeline: ['none>pending', `pending>assigned ${ana.email}`],
        assigned: [ana.email],
      })
    },
    30_000
  )

  it.each(crashPoints.transfer.map((p) => [name(p), p] as const))(
    'a transfer killed at %s: the new agent holds it, announced once, recorded once',
    async (_, point) => {
      const conversationId = await start()
      await take(conversationId)
      await crashThenRetry(point, () => transfer(conversationId))
      await w.standin.idle()
      expect(await whole(conversationId)).toMatchObject({
        status: 'assigned',
        assignee: bo.email,
        timeline: ['none>pending', `pending>assigned ${ana.email}`, `assigned>assigned ${bo.email}`],
        assigned: [ana.email, bo.email],
      })
    },
    30_000
  )

  it.each(crashPoints.handBack.map((p) => [name(p), p] as const))(
    'a hand-back killed at %s: closed once, hitlStopped exactly once',
    async (_, point) => {
      const conversationId = await start()
      await take(conversationId)
      await crashThenRetry(point, () => handBack(conversationId))
      await w.standin.idle()
      expect(await whole(conversationId)).toMatchObject({
        status: 'closed',
        timeline: ['none>pending', `pending>assigned ${ana.email}`, 'assigned>closed'],
        assigned: [ana.email],
        stopped: 1,
      })
    },
    30_000
  )

  it.each(crashPoints.stop.map((p) => [name(p), p] as const))(
    'stopHitl killed at %s: closed once, and the plugin is not told back',
    async (_, point) => {
      const conversationId = await start()
      await take(conversationId)
      await crashThenRetry(point, () => stop(conversationId))
      await w.standin.idle()
      expect(await whole(conversationId)).toMatchObject({
        status: 'closed',
        timeline: ['none>pending', `pending>assigned ${ana.email}`, 'assigned>closed'],
        assigned: [ana.email],
        stopped: 0,
      })
    },
    30_000
  )
})
