// Messages, events and states: CRUD, paging, getOrCreate, the 128 KB limit, atomic getOrSetState, expiry.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { failure } from './helpers/failure'
import { type World, startWorld, useWorld } from './helpers/world'

describe('messages', () => {
  const w = useWorld()

  it('creates, gets, updates (tags merge, payload), lists newest first in pages, deletes', async () => {
    const { conversation } = await w.integrationClient.createConversation({ channel: 'desk', tags: {} })
    const { user } = await w.integrationClient.createUser({ tags: {} })
    const created: string[] = []
    for (let i = 0; i < 25; i++) {
      const { message } = await w.integrationClient.createMessage({
        conversationId: conversation.id,
        userId: user.id,
        type: 'text',
        payload: { text: `t${i}` },
        tags: { externalId: `e${i}` },
      })
      created.push(message.id)
    }
    expect(created[0]).toMatch(/^msg_[0-9A-Z]{26}$/)
    const page1 = await w.botClient.listMessages({ conversationId: conversation.id })
    expect(page1.messages).toHaveLength(20)
    expect(page1.messages[0]!.id).toBe(created[24])
    const page2 = await w.botClient.listMessages({ conversationId: conversation.id, nextToken: page1.meta.nextToken })
    expect(page2.messages.map((m) => m.id)).toEqual(created.slice(0, 5).reverse())
    expect(page2.meta.nextToken).toBeUndefined()

    expect(
      (
        await w.integrationClient.listMessages({ conversationId: conversation.id, tags: { externalId: 'e3' } })
      ).messages.map((m) => m.id)
    ).toEqual([created[3]])
    expect(
      (await w.botClient.listMessages({ tags: { 'support:externalId': 'e3' } })).messages.map((m) => m.id)
    ).toEqual([created[3]])

    const { message } = await w.integrationClient.updateMessage({
      id: created[0]!,
      tags: { externalId: '' },
      payload: { text: 'edited' },
    })
    expect(message).toMatchObject({ tags: {}, payload: { text: 'edited' }, direction: 'incoming' })
    await w.botClient.deleteMessage({ id: created[0]! })
    expect(await failure(w.botClient.getMessage({ id: created[0]! }))).toMatch(/^ResourceNotFound/)
  })

  it('getOrCreateMessage returns the existing message for the same discriminating tags', async () => {
    const { conversation } = await w.integrationClient.createConversation({ channel: 'desk', tags: {} })
    const { user } = await w.integrationClient.createUser({ tags: {} })
    const input = {
      conversationId: conversation.id,
      userId: user.id,
      type: 'text',
      payload: { text: 'once' },
      tags: { externalId: 'X-1' },
      discriminateByTags: ['externalId'],
    }
    const a = await w.integrationClient.getOrCreateMessage(input)
    const b = await w.integrationClient.getOrCreateMessage(input)
    expect(b.message.id).toBe(a.message.id)
    expect((await w.botClient.listMessages({ conversationId: conversation.id })).messages).toHaveLength(1)
    await w.standin.idle()
    expect(w.echo.received.filter((r) => r.conversationId === conversation.id)).toHaveLength(1) // delivered once
  })

  it('refuses unknown conversations and users, and an integration reaching another integration', async () => {
    const { user } = await w.integrationClient.createUser({ tags: {} })
    expect(
      await failure(
        w.integrationClient.createMessage({
          conversationId: 'conv_01J0000000000000000000000',
          userId: user.id,
          type: 'text',
          payload: { text: 'x' },
          tags: {},
        })
      )
    ).toMatch(/^ResourceNotFound/)
    const { conversationId } = w.standin.chat.open(w.botId)
    expect(await failure(w.integrationClient.getConversation({ id: conversationId }))).toMatch(/^ResourceNotFound/)
  })
})

describe('events', () => {
  const w = useWorld()

  it('creates, gets, lists newest first with filters and pages', async () => {
    const { conversation } = await w.integrationClient.createConversation({ channel: 'desk', tags: {} })
    const ids: string[] = []
    for (let i = 0; i < 22; i++) {
      const { event } = await w.integrationClient.createEvent({
        type: 'agentAssigned',
        payload: { conversationId: conversation.id, agentName: `a${i}` },
        conversationId: conversation.id,
      })
      ids.push(event.id)
    }
    expect(ids[0]).toMatch(/^evt_[0-9A-Z]{26}$/)
    const { event } = await w.botClient.getEvent({ id: ids[0]! })
    expect(event).toMatchObject({ type: 'support:agentAssigned', conversationId: conversation.id, failureReason: null })
    const all = await w.botClient.list
      .events({ conversationId: conversation.id, type: 'support:agentAssigned' })
      .collect()
    expect(all.map((e) => e.id)).toEqual([...ids].reverse())
    const first = await w.botClient.listEvents({ conversationId: conversation.id })
    expect(first.events).toHaveLength(20)
    await w.standin.idle()
    expect(
      (await w.botClient.listEvents({ conversationId: conversation.id, status: 'processed' })).events
    ).toHaveLength(20)
  })

  it('schedules an event and can cancel it', async () => {
    const { event } = await w.botClient.createEvent({ type: 'reminder', payload: {}, schedule: { delay: 60_000 } })
    expect(event.status).toBe('scheduled')
    await w.botClient.cancelScheduledEvent({ id: event.id })
    expect((await w.botClient.getEvent({ id: event.id })).event.status).toBe('canceled')
  })
})

describe('scheduled events held for the test to fire', () => {
  const w = useWorld({ scheduledEvents: 'on-demand' })

  it('waits past its delay until fired, then reaches the bot once; a cancelled one never does', async () => {
    const { event: due } = await w.botClient.createEvent({ type: 'reminder', payload: {}, schedule: { delay: 1 } })
    const { event: cancelled } = await w.botClient.createEvent({
      type: 'reminder',
      payload: {},
      schedule: { delay: 1 },
    })
    await w.botClient.cancelScheduledEvent({ id: cancelled.id })
    await w.standin.idle()
    expect((await w.botClient.getEvent({ id: due.id })).event.status).toBe('scheduled')

    expect(w.standin.fireScheduledEvents()).toBe(1)
    await w.standin.idle()
    expect((await w.botClient.getEvent({ id: due.id })).event.status).toBe('processed')
    expect((await w.botClient.getEvent({ id: cancelled.id })).event.status).toBe('canceled')
    expect(w.standin.fireScheduledEvents()).toBe(0)
  })
})

describe('states', () => {
  let w: World
  beforeAll(async () => {
    w = await startWorld()
  })
  afterAll(async () => {
    vi.useRealTimers()
    expect(w.standin.schemaViolations()).toEqual([])
    await w.close()
  })

  const conversation = async () =>
    (await w.integrationClient.createConversation({ channel: 'desk', tags: {} })).conversation.id

  it('gets 404 before set, then set/get/patch; states are kept apart per owner', async () => {
    const id = await conversation()
    expect(await failure(w.integrationClient.getState({ type: 'conversation', id, name: 'ticket' }))).toMatch(
      /^ResourceNotFound/
    )
    const { state } = await w.integrationClient.setState({
      type: 'conversation',
      id,
      name: 'ticket',
      payload: { status: 'open' },
    })
    expect(state).toMatchObject({
      botId: w.botId,
      conversationId: id,
      name: 'ticket',
      type: 'conversation',
      payload: { status: 'open' },
    })
    const { state: patched } = await w.integrationClient.patchState({
      type: 'conversation',
      id,
      name: 'ticket',
      payload: { notes: 'n' },
    })
    expect(patched.payload).toEqual({ status: 'open', notes: 'n' })
    expect((await w.integrationClient.getState({ type: 'conversation', id, name: 'ticket' })).state.payload).toEqual({
      status: 'open',
      notes: 'n',
    })
    // the bot has its own "ticket" state on that conversation
    expect(await failure(w.botClient.getState({ type: 'conversation', id, name: 'ticket' }))).toMatch(
      /^ResourceNotFound/
    )
    await w.botClient.setState({ type: 'conversation', id, name: 'ticket', payload: { anything: 1 } })
    expect(
      (await w.integrationClient.getState({ type: 'conversation', id, name: 'ticket' })).state.payload.status
    ).toBe('open')
    const settings = await w.integrationClient.setState({
      type: 'integration',
      id: w.integrationId,
      name: 'settings',
      payload: { greeting: 'hi' },
    })
    expect(settings.state.payload).toEqual({ greeting: 'hi' })
  })

  it('patchState merges top-level keys: a patched key is replaced whole, the others stay, null is stored as null', async () => {
    const state = { type: 'bot' as const, id: w.botId, name: 'replies' }
    await w.botClient.setState({
      ...state,
      payload: { a: { title: 'A', text: 'first' }, b: { title: 'B', text: 'b' } },
    })
    const { state: patched } = await w.botClient.patchState({ ...state, payload: { a: { title: 'A2' }, c: null } })
    expect(patched.payload).toEqual({ a: { title: 'A2' }, b: { title: 'B', text: 'b' }, c: null })
  })

  it('refuses undeclared states, wrong types, bad payloads and payloads over 128 KB (413)', async () => {
    const id = await conversation()
    expect(
      await failure(w.integrationClient.setState({ type: 'conversation', id, name: 'nope', payload: {} }))
    ).toMatch(/^InvalidPayload: .*"nope"/)
    expect(
      await failure(w.integrationClient.setState({ type: 'user', id, name: 'ticket', payload: { status: 'x' } }))
    ).toMatch(/^InvalidPayload: .*"ticket"/)
    expect(
      await failure(w.integrationClient.setState({ type: 'conversation', id, name: 'ticket', payload: { status: 3 } }))
    ).toMatch(/^InvalidPayload: .*status/)
    const big = { status: 'open', notes: 'x'.repeat(128 * 1024) }
    expect(
      await failure(w.integrationClient.setState({ type: 'conversation', id, name: 'ticket', payload: big }))
    ).toMatch(/^PayloadTooLarge/)
    const fits = { status: 'open', notes: 'x'.repeat(128 * 1024 - 40) }
    await w.integrationClient.setState({ type: 'conversation', id, name: 'ticket', payload: fits })
  })

  it('getOrSetState is atomic: of many concurrent writers exactly one wins and all see its payload', async () => {
    const id = await conversation()
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        w.integrationClient.getOrSetState({
          type: 'conversation',
          id,
          name: 'ticket',
          payload: { status: `writer-${i}` },
        })
      )
    )
    const winners = new Set(results.map((r) => r.state.payload.status))
    expect(winners.size).toBe(1)
  })

  it('honours expiry (setState expiry and setStateExpiry)', async () => {
    const id = await conversation()
    await w.integrationClient.setState({
      type: 'conversation',
      id,
      name: 'ticket',
      payload: { status: 'a' },
      expiry: 60_000,
    })
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 61_000)
    expect(await failure(w.integrationClient.getState({ type: 'conversation', id, name: 'ticket' }))).toMatch(
      /^ResourceNotFound/
    )
    await w.integrationClient.setState({ type: 'conversation', id, name: 'ticket', payload: { status: 'b' } })
    await w.integrationClient.setStateExpiry({ type: 'conversation', id, name: 'ticket', expiry: 1000 })
    vi.setSystemTime(Date.now() + 2000)
    expect(await failure(w.integrationClient.getState({ type: 'conversation', id, name: 'ticket' }))).toMatch(
      /^ResourceNotFound/
    )
    vi.useRealTimers()
  })
})
