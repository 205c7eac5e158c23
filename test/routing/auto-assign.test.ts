import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { PRESENCE_STALE_MS } from '../../src/definitions/routing'
import { OFFER_GRACE_MS } from '../../src/routing/auto-assign'
import { checkRoutingConfig } from '../../src/routing/routing-config'
import { ana, bo, history, key } from '../support/fixtures'
import { failureOf, startHarness, type Harness } from '../support/hitl-harness'
import { clockAt } from '../support/test-clock'

const cy = { email: 'cy@desk.test', name: 'Cy Agent' }

/** A bot of its own per routing configuration: presence and load are per bot. */
const worlds: Harness[] = []
const world = async (routing: Record<string, unknown>) => {
  const h = await startHarness({ configuration: { routing } })
  worlds.push(h)
  return h
}
afterAll(() => Promise.all(worlds.map((h) => h.close())))
// The clock only moves when a test says so: sessions come of age for an offer without the test waiting.
beforeAll(() => clockAt(Date.now()))
afterAll(() => vi.useRealTimers())
const graceLater = () => clockAt(Date.now() + OFFER_GRACE_MS)
/** What the desk's change loop calls. */
const offer = (h: Harness) => h.call('offerPendingSessions', {})

const start = async (h: Harness, category?: string, priority?: string) => {
  const { userId } = await h.call('createUser', { name: 'Erin End-User', email: `${key()}@no-reply.bot.botpress.com` })
  const hitlSession = { ...(category ? { category } : {}), ...(priority ? { priority } : {}) }
  const { conversationId } = await h.call('startHitl', {
    userId,
    title: 'Refund request',
    hitlSession,
    messageHistory: history(1),
  })
  return conversationId as string
}
/** A session started, then offered by the desk's loop once the plugin has had time to activate it. */
const startOffered = async (h: Harness, category?: string, priority?: string) => {
  const id = await start(h, category, priority)
  graceLater()
  await offer(h)
  return id
}
const sessionOf = async (h: Harness, conversationId: string) => (await h.call('getSession', { conversationId })).session
const assignedEvents = (h: Harness, conversationId: string) =>
  h.emitted().filter((e) => e.type === 'hitl:hitlAssigned' && e.conversationId === conversationId)
const online = (h: Harness, agent: { email: string; name: string }) =>
  h.call('setPresence', { agent, presence: 'online' })

describe('auto-assignment, least busy, by team', () => {
  let h: Harness
  beforeAll(async () => {
    h = await world({
      mode: 'leastBusy',
      agents: [
        { email: 'ana@desk.test', teams: ['Billing'], capacity: 2 },
        { email: 'bo@desk.test', teams: ['shipping'] },
      ],
    })
  })

  it('gives a new session to an online agent of its team, says the rule in the timeline, tells the plugin once', async () => {
    await online(h, ana)
    await online(h, bo)
    const id = await startOffered(h, 'billing')
    const session = await sessionOf(h, id)
    expect(session.status).toBe('assigned')
    expect(session.assignee.email).toBe('ana@desk.test')
    const entry = session.timeline.at(-1)
    expect(entry).toMatchObject({ from: 'pending', to: 'assigned', by: { kind: 'system' } })
    expect(entry.why).toBe('Auto-assigned (least busy, team Billing)')
    expect(entry.agent.email).toBe('ana@desk.test')
    expect(assignedEvents(h, id).map((e) => e.payload.userId)).toEqual([session.assignee.id])
  })

  it('a category nobody online takes stays pending, with nothing written but its start', async () => {
    const id = await startOffered(h, 'legal')
    const session = await sessionOf(h, id)
    expect(session.status).toBe('pending')
    expect(session.timeline.map((t: any) => t.to)).toEqual(['pending'])
    expect(assignedEvents(h, id)).toHaveLength(0)
  })

  it('an agent at capacity is skipped; closing one of her sessions offers her the oldest pending one', async () => {
    // Ana holds one billing session from the first test; this second one fills her capacity of 2.
    const second = await startOffered(h, 'billing')
    expect((await sessionOf(h, second)).assignee.email).toBe('ana@desk.test')
    const third = await startOffered(h, 'billing')
    expect((await sessionOf(h, third)).status).toBe('pending')
    await h.call('closeSession', { conversationId: second, agent: ana, reason: 'refund issued' })
    const freed = await sessionOf(h, third)
    expect(freed.assignee.email).toBe('ana@desk.test')
    expect(assignedEvents(h, third)).toHaveLength(1)
  })

  it("the end user's /end (the bot stops the session) and a transfer free a slot too", async () => {
    // Ana is full again (two billing sessions); the next one waits.
    const waiting = await startOffered(h, 'billing')
    expect((await sessionOf(h, waiting)).status).toBe('pending')
    const { sessions } = await h.call('listSessions', { status: 'assigned', assigneeEmail: 'ana@desk.test' })
    const [first, second] = sessions.map((s: any) => s.id)
    await h.call('stopHitl', { conversationId: first })
    expect((await sessionOf(h, waiting)).assignee.email).toBe('ana@desk.test')
    const next = await startOffered(h, 'billing')
    expect((await sessionOf(h, next)).status).toBe('pending')
    await h.call('assignAgent', { conversationId: second, agent: bo, by: ana, holder: ana.email })
    expect((await sessionOf(h, next)).assignee.email).toBe('ana@desk.test')
  })
})

describe('a new session waits until the plugin has activated it', () => {
  it('is still pending when startHitl returns; the offer after the grace assigns it and tells the plugin once', async () => {
    const h = await world({ mode: 'leastBusy' })
    await online(h, ana)
    const id = await start(h)
    // The plugin links the conversations and activates its session only now: an event before would be dropped.
    expect((await sessionOf(h, id)).status).toBe('pending')
    expect(assignedEvents(h, id)).toHaveLength(0)
    expect(await offer(h)).toEqual({ enabled: true, assigned: 0, waiting: 1 })
    expect(assignedEvents(h, id)).toHaveLength(0)

    graceLater()
    expect(await offer(h)).toEqual({ enabled: true, assigned: 1, waiting: 0 })
    const session = await sessionOf(h, id)
    expect(session.assignee.email).toBe('ana@desk.test')
    expect(session.timeline.at(-1).why).toBe('Auto-assigned (least busy)')
    // Another desk's loop asking again changes nothing.
    expect(await offer(h)).toEqual({ enabled: true, assigned: 0, waiting: 0 })
    expect(assignedEvents(h, id).map((e) => e.payload.userId)).toEqual([session.assignee.id])
  })
})

describe('auto-assignment, round robin', () => {
  it('takes online agents in turn, and skips those offline or whose presence is stale', async () => {
    const h = await world({ mode: 'roundRobin', defaultCapacity: 10 })
    await online(h, ana)
    await online(h, bo)
    const { agent: cyUser } = await online(h, cy)
    // Cy's tab closed without saying offline: her presence was last confirmed long ago.
    const longAgo = String(Date.now() - PRESENCE_STALE_MS - 60_000)
    await h.api.updateUser({ id: cyUser.userId, tags: { 'hitl:presenceAt': longAgo } })
    await h.call('setPresence', { agent: bo, presence: 'away' })
    await online(h, bo)
    const assignees = []
    for (let i = 0; i < 4; i++) assignees.push((await sessionOf(h, await startOffered(h))).assignee?.email)
    expect(assignees).toEqual(['ana@desk.test', 'bo@desk.test', 'ana@desk.test', 'bo@desk.test'])
    const { agents } = await h.call('listAgentPresence', {})
    expect(agents.find((a: any) => a.email === 'cy@desk.test')).toMatchObject({ presence: 'offline', stale: true })
  })
})

describe('going online', () => {
  it('offers the waiting sessions, most urgent first, up to her capacity', async () => {
    const h = await world({ mode: 'leastBusy', defaultCapacity: 1 })
    const normal = await start(h)
    const urgent = await start(h, undefined, 'urgent')
    expect((await sessionOf(h, urgent)).status).toBe('pending')
    graceLater()
    const { autoAssigned } = await online(h, ana)
    expect(autoAssigned).toEqual([urgent])
    expect((await sessionOf(h, normal)).status).toBe('pending')
    // Saying online again (the tab's periodic confirmation) assigns nothing more.
    expect((await online(h, ana)).autoAssigned).toEqual([])
  })

  it('with routing off (the default), nothing is assigned by itself', async () => {
    const h = await world({})
    await online(h, ana)
    const id = await start(h)
    graceLater()
    expect(await offer(h)).toEqual({ enabled: false, assigned: 0, waiting: 0 })
    expect((await sessionOf(h, id)).status).toBe('pending')
  })
})

describe('an auto-assignment crossing a manual take', () => {
  it('the manual take lands while the auto-assignment waits on its claim: the take stands, one hitlAssigned', async () => {
    const h = await world({ mode: 'leastBusy' })
    const id = await start(h)
    graceLater()
    // Ana going online offers her the pending session; its claim is held until Bo has taken the session.
    const held = h.standin.pauseNext('getOrSetState', { by: 'integration' })
    const goingOnline = online(h, ana)
    await held.reached
    const taken = await h.call('assignAgent', { conversationId: id, agent: bo })
    held.release()
    const { autoAssigned } = await goingOnline
    expect(autoAssigned).toEqual([])
    const session = await sessionOf(h, id)
    expect(session.assignee.email).toBe('bo@desk.test')
    expect(assignedEvents(h, id).map((e) => e.payload.userId)).toEqual([taken.agentUserId])
    expect(session.timeline.filter((t: any) => t.to === 'assigned')).toHaveLength(1)
  })

  it('the auto-assignment lands while the manual take waits on its claim: the take is told who has it', async () => {
    const h = await world({ mode: 'leastBusy' })
    const id = await start(h)
    graceLater()
    const held = h.standin.pauseNext('getOrSetState', { by: 'integration' })
    const take = failureOf(h.call('assignAgent', { conversationId: id, agent: bo }))
    await held.reached
    const { autoAssigned } = await online(h, ana)
    held.release()
    expect(await take).toContain('just taken by Ana Agent <ana@desk.test>')
    expect(autoAssigned).toEqual([id])
    const session = await sessionOf(h, id)
    expect(session.assignee.email).toBe('ana@desk.test')
    expect(assignedEvents(h, id)).toHaveLength(1)
  })
})

describe('routing configuration', () => {
  it('refuses an agent listed twice when saved, naming the field', () => {
    const twice = { mode: 'roundRobin', agents: [{ email: 'ana@desk.test' }, { email: 'ANA@desk.test' }] }
    expect(() => checkRoutingConfig(twice)).toThrow('routing.agents.1.email: ANA@desk.test is listed twice')
  })

  it('refuses an unknown mode and a negative capacity, naming each', () => {
    expect(() => checkRoutingConfig({ mode: 'random' })).toThrow(/routing\.mode/)
    expect(() => checkRoutingConfig({ agents: [{ email: 'ana@desk.test', capacity: -1 }] })).toThrow(
      /routing\.agents\.0\.capacity/
    )
  })
})
