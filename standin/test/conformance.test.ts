// Schema conformance: every published runtime route exists; driving every implemented operation,
// each request sent and each response received validates against the @botpress/api schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type World, startWorld } from './helpers/world'
import { type Exchange, record, schemaChecker } from './helpers/traffic'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const api = require('@botpress/api')

const published: { name: string; method: string; path: string }[] = Object.values(api.runtime.state.operations)

describe('conformance with the published runtime API', () => {
  let w: World
  const traffic: Exchange[] = []
  beforeAll(async () => {
    w = await startWorld()
    record(w.botClient, traffic)
    record(w.integrationClient, traffic)
  })
  afterAll(async () => {
    await w.close()
  })

  it('serves every published route (implemented, or MethodNotFound) — none is an unknown path', async () => {
    for (const op of published) {
      const path = op.path.replace(/\{type\}/, 'conversation').replace(/\{(\w+)\}/g, 'x'.repeat(28))
      const res = await fetch(`${w.standin.url}${path}`, {
        method: op.method.toUpperCase(),
        headers: {
          authorization: `Bearer ${w.standin.workspaceToken}`,
          'x-bot-id': w.botId,
          'content-type': 'application/json',
        },
        body: ['get', 'delete'].includes(op.method) ? undefined : '{}',
      })
      const body = await res.json()
      expect(body.message ?? '', `${op.name}`).not.toMatch(/^No route/)
    }
  })

  it('drives every implemented operation; requests and responses all validate', async () => {
    const b = w.botClient
    const i = w.integrationClient
    const { user } = await i.createUser({ tags: { email: 'c@x.io' }, name: 'C' })
    await i.getUser({ id: user.id })
    await i.getOrCreateUser({ tags: { email: 'c@x.io' }, discriminateByTags: ['email'] })
    await i.updateUser({ id: user.id, name: 'CC' })
    await b.listUsers({ tags: { 'support:email': 'c@x.io' } })
    const { conversation } = await i.createConversation({ channel: 'desk', tags: { ticketId: 'K' } })
    await b.getConversation({ id: conversation.id })
    await i.getOrCreateConversation({ channel: 'desk', tags: { ticketId: 'K' }, discriminateByTags: ['ticketId'] })
    await i.updateConversation({ id: conversation.id, tags: { status: 'open' } })
    await b.listConversations({
      participantIds: [user.id],
      tags: { 'support:status': 'open' },
      sortField: 'updatedAt',
      sortDirection: 'asc',
    })
    await i.addParticipant({ id: conversation.id, userId: user.id })
    await b.listParticipants({ id: conversation.id })
    await b.getParticipant({ id: conversation.id, userId: user.id })
    const { message } = await i.createMessage({
      conversationId: conversation.id,
      userId: user.id,
      type: 'text',
      payload: { text: 'x' },
      tags: { externalId: '1' },
    })
    await i.getOrCreateMessage({
      conversationId: conversation.id,
      userId: user.id,
      type: 'text',
      payload: { text: 'x' },
      tags: { externalId: '1' },
      discriminateByTags: ['externalId'],
    })
    await b.getMessage({ id: message.id })
    await i.updateMessage({ id: message.id, tags: { externalId: '2' } })
    await b.listMessages({ conversationId: conversation.id, afterDate: new Date(0).toISOString() })
    const { event } = await i.createEvent({
      type: 'agentAssigned',
      payload: { conversationId: conversation.id, agentName: 'A' },
    })
    await b.getEvent({ id: event.id })
    await b.listEvents({ type: 'support:agentAssigned' })
    const { event: later } = await b.createEvent({ type: 'later', payload: {}, schedule: { delay: 60_000 } })
    await b.cancelScheduledEvent({ id: later.id })
    await i.setState({ type: 'conversation', id: conversation.id, name: 'ticket', payload: { status: 'open' } })
    await i.getState({ type: 'conversation', id: conversation.id, name: 'ticket' })
    await i.getOrSetState({ type: 'conversation', id: conversation.id, name: 'ticket', payload: { status: 'x' } })
    await i.patchState({ type: 'conversation', id: conversation.id, name: 'ticket', payload: { notes: 'n' } })
    await i.setStateExpiry({ type: 'conversation', id: conversation.id, name: 'ticket', expiry: 60_000 })
    await b.callAction({ type: 'support:ping', input: { x: 1 } })
    await i.configureIntegration({ identifier: 'desk-1' })
    await i.listTagValues({ key: 'status', type: 'conversation' })
    await b.trackAnalytics({ name: 'x', count: 1 })
    await b.callAction({ type: 'support:fail', input: {} }).catch(() => {}) // an error response
    await b.getUser({ id: 'user_01J00000000000000000000000' }).catch(() => {}) // a 404
    await i.deleteMessage({ id: message.id })
    await b.removeParticipant({ id: conversation.id, userId: user.id })
    await b.deleteConversation({ id: conversation.id })
    await i.deleteUser({ id: user.id })
    await w.standin.idle()

    expect(traffic.length).toBeGreaterThan(35)
    const check = schemaChecker()
    expect(traffic.flatMap(check)).toEqual([])
    expect(w.standin.schemaViolations()).toEqual([])
    const called = new Set(traffic.map((e) => e.operation))
    const unsupported = [
      'importMessages',
      'initializeIncomingMessage',
      'getTask',
      'createTask',
      'updateTask',
      'deleteTask',
      'listTasks',
    ]
    const workflows = published.filter((op) => /Workflow/.test(op.name)).map((op) => op.name)
    const expected = published.map((op) => op.name).filter((n) => !unsupported.includes(n) && !workflows.includes(n))
    expect(expected.filter((n) => !called.has(n))).toEqual([])
  })
})
