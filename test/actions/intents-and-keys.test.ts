import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { takenByIn } from '../../web/client/hitl/desk-api'
import { ana, bo, history, key, startSession } from '../support/fixtures'
import { failureOf, refusalOf, startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

const assignedEvents = (conversationId: string) =>
  h.emitted().filter((e) => e.type === 'hitl:hitlAssigned' && e.conversationId === conversationId)
const agentUsers = async () =>
  (await h.api.listUsers({ tags: { 'hitl:role': 'agent' } })).users.map((u) => [u.tags['hitl:email'], u.name])

describe("'Assign to me' says what the agent means", () => {
  it('a second "Assign to me" just after the first is refused naming the holder: no silent transfer', async () => {
    const { conversationId } = await startSession(h)
    const first = await h.call('assignAgent', { conversationId, agent: ana, intent: 'take' })
    const late = await refusalOf(h, 'assignAgent', { conversationId, agent: bo, intent: 'take' })

    expect(late.status).toBe(409)
    expect(late.message).toMatch(/just taken by Ana Agent <ana@desk.test>/)
    // The HITL tab reads who took it from this sentence: "Ana Agent took this session a moment ago".
    expect(takenByIn(late.message)).toEqual({ name: 'Ana Agent', email: ana.email })
    expect(late.metadata).toMatchObject({
      conflict: { field: 'intent', holder: { name: 'Ana Agent', email: ana.email } },
    })
    const { session } = await h.call('getSession', { conversationId })
    expect(session.assignee.email).toBe(ana.email)
    expect(session.timeline.map((t: any) => t.to)).toEqual(['pending', 'assigned'])
    expect(assignedEvents(conversationId).map((e) => e.payload.userId)).toEqual([first.agentUserId])
  })

  it('without an intent, "Assign to me" on a session another agent holds is refused the same way', async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana })
    expect(await failureOf(h.call('assignAgent', { conversationId, agent: bo }))).toMatch(/just taken by Ana Agent/)
  })

  it('an explicit take-over from the holder the agent saw goes through and is recorded as one', async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana, intent: 'take' })
    const { session } = await h.call('assignAgent', {
      conversationId,
      agent: bo,
      intent: 'takeOver',
      holder: ana.email,
    })
    expect(session.assignee.email).toBe(bo.email)
    const detail = (await h.call('getSession', { conversationId })).session
    expect(detail.timeline.at(-1)).toMatchObject({ from: 'assigned', to: 'assigned', why: 'taken over from Ana Agent' })
  })

  it('a take-over naming someone who no longer holds the session is refused, naming who does', async () => {
    const cy = { email: 'cy@desk.test', name: 'Cy Agent' }
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana, intent: 'take' })
    await h.call('assignAgent', { conversationId, agent: bo, intent: 'takeOver', holder: ana.email })
    const stale = await refusalOf(h, 'assignAgent', {
      conversationId,
      agent: cy,
      intent: 'takeOver',
      holder: ana.email,
    })
    expect(stale.status).toBe(409)
    expect(stale.message).toMatch(/just taken by Bo Agent <bo@desk.test>/)
    expect(stale.metadata).toMatchObject({ conflict: { field: 'holder', holder: { email: bo.email } } })
  })

  it('a refused assignment creates no agent user and changes no existing one', async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana, intent: 'take' })
    const before = await agentUsers()
    const stranger = { email: `${key()}@desk.test`, name: 'Never Created' }
    await refusalOf(h, 'assignAgent', { conversationId, agent: stranger, intent: 'take' })
    await refusalOf(h, 'assignAgent', { conversationId, agent: { ...bo, name: 'Bo Renamed' }, intent: 'take' })
    expect(await agentUsers()).toEqual(before)
  })

  it("a refused answer in another agent's session creates no agent user and changes no existing one", async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana, intent: 'take' })
    const before = await agentUsers()
    for (const agent of [
      { email: `${key()}@desk.test`, name: 'Never Created' },
      { ...bo, name: 'Bo Renamed' },
    ]) {
      const answer = { type: 'text', payload: { text: 'hello' } }
      await refusalOf(h, 'sendAgentMessage', { conversationId, agent, message: answer, idempotencyKey: key() })
    }
    expect(await agentUsers()).toEqual(before)
  })
})

describe('closing a session someone else holds', () => {
  it('is refused unless it says whom it takes the session over from; then it is recorded as a take-over', async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana, intent: 'take' })
    const refused = await refusalOf(h, 'closeSession', { conversationId, agent: bo, reason: 'done' })
    expect(refused.message).toMatch(/held by Ana Agent <ana@desk.test>/)
    expect(refused.metadata).toMatchObject({ conflict: { field: 'takeOverFrom' } })
    expect((await h.call('getSession', { conversationId })).session.status).toBe('assigned')

    const { session } = await h.call('closeSession', {
      conversationId,
      agent: bo,
      reason: 'done',
      takeOverFrom: ana.email,
    })
    expect(session).toMatchObject({ status: 'closed', closeReason: 'taken over from Ana Agent and closed: done' })
    const detail = (await h.call('getSession', { conversationId })).session
    expect(detail.timeline.at(-1)).toMatchObject({ to: 'closed', by: { email: bo.email } })
  })
})

describe('idempotency keys are data', () => {
  it.each(['__proto__', 'constructor', 'toString'])('a note keyed "%s" is kept', async (idempotencyKey) => {
    const { conversationId } = await startSession(h)
    const padded = idempotencyKey.padEnd(8, '_')
    for (const k of [idempotencyKey, padded]) {
      await h
        .call('addNote', { conversationId, agent: ana, text: `note under ${k}`, idempotencyKey: k })
        .catch(() => {})
    }
    const { session } = await h.call('getSession', { conversationId })
    expect(session.notes.map((n: any) => n.text)).toContain(`note under ${padded}`)
  })

  it("another agent reusing a note's key is refused (409, the field named), and the first note stays", async () => {
    const { conversationId } = await startSession(h)
    const idempotencyKey = key()
    await h.call('addNote', { conversationId, agent: ana, text: 'VIP customer', idempotencyKey })
    const reused = await refusalOf(h, 'addNote', { conversationId, agent: bo, text: 'overwritten', idempotencyKey })
    expect(reused.status).toBe(409)
    expect(reused.message).toMatch(/idempotencyKey/)
    const { session } = await h.call('getSession', { conversationId })
    expect(session.notes.map((n: any) => [n.text, n.by.email])).toEqual([['VIP customer', ana.email]])
  })

  it('a message key reused for another text is refused (409, the field named), never answered as sent', async () => {
    const { conversationId } = await startSession(h)
    const idempotencyKey = key()
    const answer = (text: string) => ({
      conversationId,
      agent: ana,
      message: { type: 'text', payload: { text } },
      idempotencyKey,
    })
    const first = await h.call('sendAgentMessage', answer('Your refund is on its way'))
    const reused = await refusalOf(h, 'sendAgentMessage', answer('Something else entirely'))
    expect(reused.status).toBe(409)
    expect(reused.message).toMatch(/idempotencyKey/)
    expect((await h.call('sendAgentMessage', answer('Your refund is on its way'))).messageId).toBe(first.messageId)
    const { session } = await h.call('getSession', { conversationId })
    expect(session.messages.map((m: any) => m.payload.text)).toEqual(['Your refund is on its way'])
  })
})

describe('startHitl input is bounded before anything is written', () => {
  it('a 1 MB description is refused naming the field, and no conversation is created', async () => {
    const { userId } = await h.call('createUser', { name: 'Big Desc', email: `${key()}@no-reply.bot.botpress.com` })
    const message = await failureOf(
      h.call('startHitl', { userId, title: 'Huge', description: 'x'.repeat(1_000_000), messageHistory: history(2) })
    )
    expect(message).toMatch(/description: at most 2,000 characters/)
    expect((await h.api.listConversations({ tags: { 'hitl:endUser': userId } })).conversations).toHaveLength(0)
  })

  it('a title of blanks gets the default title; a 1 MB title is refused naming the field', async () => {
    const { userId } = await h.call('createUser', { name: 'Blank Title', email: `${key()}@no-reply.bot.botpress.com` })
    expect(await failureOf(h.call('startHitl', { userId, title: 'y'.repeat(1_000_000), messageHistory: [] }))).toMatch(
      /title: at most 500 characters/
    )
    const { conversationId } = await h.call('startHitl', { userId, title: '   ', messageHistory: [] })
    const { session } = await h.call('getSession', { conversationId })
    expect(session.title).toBe('Conversation with Blank Title')
  })

  it('blank reasons and oversized ids are refused naming the field', async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana, intent: 'take' })
    expect(await failureOf(h.call('closeSession', { conversationId, agent: ana, reason: '   ' }))).toMatch(/reason/)
    expect(await failureOf(h.call('getSession', { conversationId: 'c'.repeat(10_000) }))).toMatch(/conversationId/)
    expect((await h.call('getSession', { conversationId })).session.status).toBe('assigned')
  })
})
