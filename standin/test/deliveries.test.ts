// At-least-once deliveries: retries with backoff, final failure reported, redelivery with the same ids.
import { afterEach, describe, expect, it } from 'vitest'
import { type World, startWorld } from './helpers/world'

const nextEvent = <T>(w: World, name: 'delivery-failed') =>
  new Promise<T>((resolve) => w.standin.events.once(name, (e) => resolve(e as T)))

describe('deliveries', () => {
  let w: World
  afterEach(async () => {
    expect(w.standin.schemaViolations()).toEqual([])
    await w.close()
  })

  it('retries a delivery the integration failed (5xx) until it succeeds, once', async () => {
    w = await startWorld({ flakyFailures: 2, delivery: { baseDelayMs: 5 } })
    const { conversation } = await w.botClient.createConversation({
      channel: 'desk',
      tags: {},
      integrationName: 'support',
    })
    await w.botClient.createMessage({
      conversationId: conversation.id,
      userId: w.botId,
      type: 'text',
      payload: { text: 'flaky' },
      tags: {},
    })
    await w.botClient.createMessage({
      conversationId: conversation.id,
      userId: w.botId,
      type: 'text',
      payload: { text: 'after' },
      tags: {},
    })
    await w.standin.idle()
    expect(w.support.received.map((r) => r.payload.text)).toEqual(['flaky', 'after']) // order kept across retries
  })

  it('reports a delivery that keeps failing, after the bounded attempts', async () => {
    w = await startWorld({ flakyFailures: 100, delivery: { baseDelayMs: 1, maxAttempts: 3 } })
    const failed = nextEvent<{ target: string; attempts: number; reason: string; messageId: string }>(
      w,
      'delivery-failed'
    )
    const { conversation } = await w.botClient.createConversation({
      channel: 'desk',
      tags: {},
      integrationName: 'support',
    })
    const { message } = await w.botClient.createMessage({
      conversationId: conversation.id,
      userId: w.botId,
      type: 'text',
      payload: { text: 'flaky' },
      tags: {},
    })
    const report = await failed
    expect(report).toMatchObject({ target: 'integration', attempts: 3, messageId: message.id })
    expect(report.reason).toMatch(/HTTP 503/)
    await w.standin.idle()
    expect(w.support.received).toEqual([])
  })

  it('does not retry an integration that refuses a message (4xx RuntimeError)', async () => {
    w = await startWorld({ delivery: { baseDelayMs: 1, maxAttempts: 3 } })
    const failed = nextEvent<{ attempts: number; reason: string }>(w, 'delivery-failed')
    const { conversation } = await w.botClient.createConversation({
      channel: 'desk',
      tags: {},
      integrationName: 'support',
    })
    await w.botClient.createMessage({
      conversationId: conversation.id,
      userId: w.botId,
      type: 'text',
      payload: { text: 'reject' },
      tags: {},
    })
    const report = await failed
    expect(report.attempts).toBe(1)
    expect(report.reason).toMatch(/HTTP 400.*The desk refuses this message/)
  })

  it('marks a bot event failed when the bot server is unreachable', async () => {
    w = await startWorld({ delivery: { baseDelayMs: 1, maxAttempts: 2 } })
    w.standin.setBotUrl(w.botId, 'http://127.0.0.1:9') // nothing listens there
    const failed = nextEvent<{ target: string; eventId: string }>(w, 'delivery-failed')
    const { conversationId } = w.standin.chat.open(w.botId)
    w.standin.chat.send(w.botId, conversationId, { type: 'text', payload: { text: 'anyone?' } })
    const report = await failed
    expect(report.target).toBe('bot')
    const { event } = await w.botClient.getEvent({ id: report.eventId })
    expect(event.status).toBe('failed')
    expect(event.failureReason).toMatch(/network error/)
  })

  it('redelivers with the same ids when asked to (to prove idempotency)', async () => {
    w = await startWorld()
    w.standin.faults.set({ redeliverRate: 1 })
    const { conversation } = await w.botClient.createConversation({
      channel: 'desk',
      tags: {},
      integrationName: 'support',
    })
    const { message } = await w.botClient.createMessage({
      conversationId: conversation.id,
      userId: w.botId,
      type: 'text',
      payload: { text: 'twice' },
      tags: {},
    })
    const { conversationId } = w.standin.chat.open(w.botId)
    w.standin.chat.send(w.botId, conversationId, { type: 'text', payload: { text: 'hi' } })
    await w.standin.idle()
    expect(w.support.received.map((r) => r.messageId)).toEqual([message.id, message.id])
    const toBot = w.echo.received.filter((r) => r.conversationId === conversationId)
    expect(toBot).toHaveLength(2)
    expect(toBot[0]!.eventId).toBe(toBot[1]!.eventId)
  })

  it('ignores events for a bot that has no server yet', async () => {
    w = await startWorld()
    const { botId } = await w.standin.createBot({ integrations: [] })
    const { conversationId } = w.standin.chat.open(botId)
    w.standin.chat.send(botId, conversationId, { type: 'text', payload: { text: 'hello?' } })
    await w.standin.idle()
    expect(w.echo.received).toEqual([])
  })

  it('fails createBot with the integration register error', async () => {
    w = await startWorld()
    const err = await w.standin
      .createBot({
        integrations: [{ integrationId: w.integrationId, alias: 'support', configuration: { failRegister: true } }],
      })
      .catch((e) => e)
    expect(err.type).toBe('Runtime')
    expect(err.message).toBe('Cannot register: the desk refused the credentials')
  })
})
