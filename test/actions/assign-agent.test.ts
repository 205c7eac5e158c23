import { Client } from '@botpress/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ABANDONED_CLAIM_MS } from '../../src/session/claim'
import { ana, bo, key, startSession } from '../support/fixtures'
import { failureOf, startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

const assignedEvents = (harness: Harness, conversationId: string) =>
  harness.emitted().filter((e) => e.type === 'hitl:hitlAssigned' && e.conversationId === conversationId)

describe('assignAgent', () => {
  it("'Assign to me' makes the agent a Botpress user with name and picture, and tells the plugin once", async () => {
    const { conversationId } = await startSession(h)
    const before = Date.now()
    const { session, agentUserId } = await h.call('assignAgent', { conversationId, agent: ana })
    expect(session).toMatchObject({
      status: 'assigned',
      assignee: { id: agentUserId, name: 'Ana Agent', email: 'ana@desk.test' },
    })
    expect(session.assignedAt).toBeGreaterThanOrEqual(before)
    const { user } = await h.api.getUser({ id: agentUserId })
    expect(user).toMatchObject({ name: 'Ana Agent', pictureUrl: 'https://desk.test/ana.png' })
    const tags = (await h.api.getConversation({ id: conversationId })).conversation.tags
    expect(Number(tags['hitl:assignedAt'])).toBe(session.assignedAt)
    expect(assignedEvents(h, conversationId).map((e) => e.payload)).toEqual([{ conversationId, userId: agentUserId }])
  })

  it('assigning the same agent again emits nothing more', async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana })
    await h.call('assignAgent', { conversationId, agent: ana })
    expect(assignedEvents(h, conversationId)).toHaveLength(1)
  })

  it('assigning the same agent again after a long conversation still emits nothing more', async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana })
    // More answers than one page of the session's events (each is a message event): the assignment's event is far back.
    for (let i = 0; i < 25; i++) {
      await h.call('sendAgentMessage', {
        conversationId,
        agent: ana,
        message: { type: 'text', payload: { text: `answer ${i}` } },
        idempotencyKey: key(),
      })
    }
    await h.call('assignAgent', { conversationId, agent: ana })
    expect(assignedEvents(h, conversationId)).toHaveLength(1)
  })

  it('transfers to another agent: a new hitlAssigned for the new agent, and the timeline says who did it', async () => {
    const { conversationId } = await startSession(h)
    const first = await h.call('assignAgent', { conversationId, agent: ana })
    const second = await h.call('assignAgent', { conversationId, agent: bo, by: ana, reason: 'billing expert' })
    expect(second.session.assignee.email).toBe('bo@desk.test')
    expect(assignedEvents(h, conversationId).map((e) => e.payload.userId)).toEqual([
      first.agentUserId,
      second.agentUserId,
    ])
    const { session } = await h.call('getSession', { conversationId })
    expect(session.timeline.map((t: any) => [t.from, t.to, t.why])).toEqual([
      ['none', 'pending', 'handoff requested: Refund request'],
      ['pending', 'assigned', 'taken by the agent'],
      ['assigned', 'assigned', 'billing expert'],
    ])
    expect(session.timeline[2].by.email).toBe('ana@desk.test')
    expect(session.timeline[2].agent).toMatchObject({ kind: 'agent', email: 'bo@desk.test', name: 'Bo Agent' })
    // The wait ended with the first assignment, not the transfer.
    expect(session.timings.timeToAssignMs).toBe(first.session.assignedAt - session.createdAt)
  })

  it('two agents taking one session at the same moment: exactly one wins, the other is told who holds it', async () => {
    const { conversationId } = await startSession(h)
    const results = await Promise.allSettled([
      h.call('assignAgent', { conversationId, agent: ana }),
      h.call('assignAgent', { conversationId, agent: bo }),
    ])
    const won = results.filter((r) => r.status === 'fulfilled') as PromiseFulfilledResult<any>[]
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    const winner = won[0]!.value.session.assignee
    expect(lost[0]!.reason.message).toMatch(new RegExp(`just taken by ${winner.name} <${winner.email}>`))
    expect(assignedEvents(h, conversationId).map((e) => e.payload.userId)).toEqual([winner.id])
  })

  it('two transfers of one session crossing: the plugin is last told of the agent who holds it', async () => {
    const cy = { email: 'cy@desk.test', name: 'Cy Agent' }
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana })

    // The race played in its worst order: the transfer to Bo writes its tags, then Cy's whole transfer
    // happens, then Bo's event reaches the plugin last.
    const bosEvent = h.standin.pauseNext('createEvent', { by: 'integration' })
    const toBo = h.call('assignAgent', { conversationId, agent: bo, by: ana, reason: 'billing' })
    await bosEvent.reached
    const toCy = await h.call('assignAgent', { conversationId, agent: cy, by: ana, reason: 'shipping' })
    bosEvent.release()

    expect(await failureOf(toBo)).toMatch(/transferred to Cy Agent <cy@desk.test> at the same moment/)
    const { session } = await h.call('getSession', { conversationId })
    expect(session.assignee).toMatchObject({ id: toCy.agentUserId, email: 'cy@desk.test' })
    expect(assignedEvents(h, conversationId).at(-1)?.payload.userId).toBe(toCy.agentUserId)
  })

  it('a transfer crossing the hand-back: the session stays closed, once, and the transfer is told why', async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana })

    // Worst order: the transfer read the session as assigned, then the whole hand-back happened, then the
    // transfer's tags land on the closed session.
    const transferTags = h.standin.pauseNext('updateConversation', { by: 'integration' })
    const toBo = h.call('assignAgent', { conversationId, agent: bo, by: ana, reason: 'billing' })
    await transferTags.reached
    await h.call('closeSession', { conversationId, agent: ana, reason: 'refund issued' })
    transferTags.release()

    expect(await failureOf(toBo)).toMatch(/was closed at the same moment \(agent\)/)
    const { session } = await h.call('getSession', { conversationId })
    expect(session).toMatchObject({ status: 'closed', closeReason: 'refund issued' })
    expect(session.timeline.filter((t: any) => t.to === 'closed')).toHaveLength(1)
    expect(
      h.emitted().filter((e) => e.type === 'hitl:hitlStopped' && e.conversationId === conversationId)
    ).toHaveLength(1)
  })

  it('a claim left by an attempt that died half-way holds the session only for a while, then another agent takes it', async () => {
    const { conversationId } = await startSession(h)
    // What the dead attempt left: its claim, but no assignment (as the integration itself writes it).
    const asIntegration = new Client({
      apiUrl: h.standin.url,
      token: process.env.BP_TOKEN,
      botId: h.botId,
      integrationId: h.integrationId,
    })
    const deadClaim = (at: number) =>
      asIntegration.setState({
        type: 'conversation',
        id: conversationId,
        name: 'claim',
        payload: { agentUserId: 'user_01DEADATTEMPT0000000000000000', email: 'gil@desk.test', name: 'Gil Gone', at },
      })

    await deadClaim(Date.now())
    expect(await failureOf(h.call('assignAgent', { conversationId, agent: bo }))).toMatch(
      /just taken by Gil Gone <gil@desk.test>/
    )

    await deadClaim(Date.now() - ABANDONED_CLAIM_MS - 1_000)
    const { session, agentUserId } = await h.call('assignAgent', { conversationId, agent: bo })
    expect(session).toMatchObject({ status: 'assigned', assignee: { email: 'bo@desk.test' } })
    expect(assignedEvents(h, conversationId).map((e) => e.payload.userId)).toEqual([agentUserId])
    // The dead attempt, retried late, no longer holds it (its claim was taken over, then released to closers).
    const gil = { email: 'gil@desk.test', name: 'Gil Gone' }
    expect(await failureOf(h.call('assignAgent', { conversationId, agent: gil }))).toMatch(/just taken by Bo Agent/)
  })

  it('is refused on a closed session', async () => {
    const { conversationId } = await startSession(h)
    await h.call('stopHitl', { conversationId })
    expect(await failureOf(h.call('assignAgent', { conversationId, agent: ana }))).toMatch(/is closed \(bot\)/)
  })
})
